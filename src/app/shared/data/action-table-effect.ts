import { type ProviderToken, inject } from '@angular/core';
import { Actions, createEffect } from '@ngrx/effects';
import type { Action, ActionCreator, Creator } from '@ngrx/store';
import { filter, tap } from 'rxjs';

/** One row of an action table: for this action, what its handler should do (a message, a destination…). */
export interface ActionRow<V> {
  on: ActionCreator<string, Creator>;
  says: (action: Action) => V;
}

export function actionRow<AC extends ActionCreator<string, Creator>, V>(on: AC, says: (action: ReturnType<AC>) => V): ActionRow<V> {
  return { on, says: says as (action: Action) => V };
}

/**
 * A `dispatch: false` effect driven by a table instead of one hand-written effect per action: for
 * each action that has a row, `handle` gets the service and what the row says. A functional effect
 * like any other: specs call it with fake actions and a fake service.
 */
export function actionTableEffect<S, V>(service: ProviderToken<S>, rows: ActionRow<V>[], handle: (service: S, said: V) => void) {
  const byType = new Map(rows.map((row) => [row.on.type, row.says]));
  return createEffect(
    (actions$ = inject(Actions), client: S = inject(service)) =>
      actions$.pipe(
        filter((action: Action) => byType.has(action.type)),
        tap((action) => handle(client, byType.get(action.type)!(action))),
      ),
    { functional: true, dispatch: false },
  );
}
