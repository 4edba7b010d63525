import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { OnlineViewApi } from './online-view-api';
import { OnlineViewApiActions, OnlineViewCardActions } from './online-view.actions';

/** switchMap: showing another job replaces a load still under way. */
export const loadOnlineView = createEffect(
  (actions$ = inject(Actions), api = inject(OnlineViewApi)) =>
    actions$.pipe(
      ofType(OnlineViewCardActions.shown),
      switchMap(({ jobId }) =>
        api.get(jobId).pipe(
          map((view) => OnlineViewApiActions.loaded({ jobId, view })),
          catchError((error: unknown) => of(OnlineViewApiActions.loadFailed({ jobId, error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

/** exhaustMap: a second click while one command runs is ignored. */
export const runOnlineViewCommand = createEffect(
  (actions$ = inject(Actions), api = inject(OnlineViewApi)) =>
    actions$.pipe(
      ofType(OnlineViewCardActions.commandConfirmed),
      exhaustMap(({ jobId, command }) =>
        (command === 'revoke' ? api.revoke(jobId) : api.reissue(jobId)).pipe(
          map((view) => OnlineViewApiActions.commandSucceeded({ jobId, command, view })),
          catchError((error: unknown) => of(OnlineViewApiActions.commandFailed({ jobId, command, error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const announceOnlineView = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(OnlineViewApiActions.commandSucceeded, OnlineViewApiActions.commandFailed, OnlineViewCardActions.linkCopied),
      tap((action) => {
        if (action.type === OnlineViewCardActions.linkCopied.type) notifier.info(action.ok ? 'jobDetail.onlineView.copied' : 'jobDetail.onlineView.copyFailed');
        else if ('error' in action) notifier.error(action.error);
        else notifier.info(`jobDetail.onlineView.done.${action.command}`);
      }),
    ),
  { functional: true, dispatch: false },
);
