import { type ProviderToken, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import type { Action, ActionCreator, Creator } from '@ngrx/store';
import { EMPTY, type Observable, type OperatorFunction, catchError, map, of } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../util/api-error';

/**
 * A request's answer as a success action, its failure as a failure action carrying the problem as
 * plain data: the effect goes on after a failed call. Without `failed`, a failure dispatches nothing
 * (best-effort reads, where the page already shows what it had).
 */
export function callApi<T, S extends Action, F extends Action = never>(
  request: Observable<T>,
  succeeded: (answer: T) => S,
  failed?: (error: ApiErrorInfo) => F,
): Observable<S | F> {
  return request.pipe(
    map(succeeded),
    catchError((error: unknown) => (failed ? of(failed(toApiErrorInfo(error))) : EMPTY)),
  );
}

/** `switchMap`, `exhaustMap`, `concatMap` or `mergeMap`: what a new action does to a call under way. */
export type Flattening = <A, R>(project: (action: A) => Observable<R>) => OperatorFunction<A, R>;

export interface ApiCall<Api, A, T, S extends Action, F extends Action> {
  /** The actions that start the call. */
  on: ActionCreator<string, Creator>[];
  call: (api: Api, action: A) => Observable<T>;
  succeeded: (answer: T, action: A) => S;
  failed?: (error: ApiErrorInfo, action: A) => F;
}

/**
 * The one shape of the features' load and write effects: on an action, call the feature's API
 * and dispatch what happened. A functional effect like a hand-written one: specs call it with
 * fake actions and a fake API, `loadX(actions$, api)`.
 */
export function apiEffect<Api, AC extends ActionCreator<string, Creator>[], T, S extends Action, F extends Action = never>(
  api: ProviderToken<Api>,
  flatten: Flattening,
  spec: ApiCall<Api, ReturnType<AC[number]>, T, S, F> & { on: AC },
) {
  return createEffect(
    (actions$ = inject(Actions), client: Api = inject(api)): Observable<Action> =>
      actions$.pipe(
        ofType(...spec.on),
        flatten((action: ReturnType<AC[number]>) =>
          callApi(
            spec.call(client, action),
            (answer) => spec.succeeded(answer, action),
            spec.failed && ((error) => spec.failed!(error, action)),
          ),
        ),
      ),
    { functional: true },
  );
}
