import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { EMPTY, defer, map, retry, switchMap, timer } from 'rxjs';
import { ApiInterceptorActions, AuthApiActions } from '../auth/auth.actions';
import { LiveEventsActions } from './live-events.actions';
import { LiveEventsSource } from './live-events-source';

/** Listens while signed in; signing out (or a lost session) closes the stream. */
export const streamLiveEvents = createEffect(
  (actions$ = inject(Actions), source = inject(LiveEventsSource)) =>
    actions$.pipe(
      ofType(
        AuthApiActions.sessionRestored,
        AuthApiActions.signInSucceeded,
        AuthApiActions.signedOut,
        AuthApiActions.sessionMissing,
        ApiInterceptorActions.sessionExpired,
      ),
      switchMap((action) =>
        action.type === AuthApiActions.sessionRestored.type || action.type === AuthApiActions.signInSucceeded.type
          ? source.connect().pipe(
              retry({ delay: () => timer(15_000) }),
              map((event) => LiveEventsActions.received({ event })),
            )
          : defer(() => {
              source.forget();
              return EMPTY;
            }),
      ),
    ),
  { functional: true },
);
