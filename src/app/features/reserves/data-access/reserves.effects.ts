import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { pluralKey } from '../../../shared/util/plural';
import { type ReserveChange, ReserveListPageActions, ReservePageActions, ReservesApiActions } from './reserves.actions';
import { reservesFeature } from './reserves.feature';
import { ReservesApi } from './reserves-api';
import { queryToParams } from './reserve-query';
import { apiEffect } from '../../../shared/data/api-effect';
import { navigateEffect, route } from '../../../core/router/navigate-effect';

const SAVED_KEYS: Record<ReserveChange, string> = {
  status: 'reserves.detail.statusChanged',
  assignee: 'reserves.detail.assigned',
  comment: 'reserves.detail.commentAdded',
};

/** Reads the reserve; again after a 412 or a refused follow-up, to show it as it is now. The latest id wins. */
export const loadReserve = apiEffect(ReservesApi, switchMap, {
  on: [
    ReservePageActions.opened,
    ReservePageActions.retried,
    ReservesApiActions.changeConflicted,
    ReservesApiActions.followUpFailed,
  ],
  call: (api, { id }) => api.get(id),
  succeeded: (reserve) => ReservesApiActions.loaded({ reserve }),
  failed: (error, { id }) => ReservesApiActions.loadFailed({ id, error }),
});

/** A change sends the version on screen (If-Match); a newer one on the server answers 412. */
export const saveChange = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(ReservesApi)) =>
    actions$.pipe(
      ofType(ReservePageActions.changeSubmitted),
      withLatestFrom(store.select(reservesFeature.selectReserve)),
      concatMap(([{ change, patch }, reserve]) => {
        if (!reserve) return of(ReservesApiActions.changeFailed({ error: { status: 0, code: 'unexpected', message: 'No reserve' } }));
        return api.patch(reserve.id, reserve.version, patch).pipe(
          map((saved) => ReservesApiActions.changeSaved({ change, reserve: saved })),
          catchError((error: unknown) => {
            const info = toApiErrorInfo(error);
            return of(info.status === 412 ? ReservesApiActions.changeConflicted({ id: reserve.id }) : ReservesApiActions.changeFailed({ error: info }));
          }),
        );
      }),
    ),
  { functional: true },
);

export const announceSaved = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(ReservesApiActions.changeSaved),
      tap(({ change }) => notifier.info(SAVED_KEYS[change])),
    ),
  { functional: true, dispatch: false },
);

export const createFollowUp = apiEffect(ReservesApi, concatMap, {
  on: [ReservePageActions.followUpSubmitted],
  call: (api, { id, input }) => api.createFollowUp(id, input),
  succeeded: ({ job }) => ReservesApiActions.followUpCreated({ jobNumber: job.number }),
  failed: (error, { id }) => ReservesApiActions.followUpFailed({ id, error }),
});

export const openJob = navigateEffect(
  route(ReservesApiActions.followUpCreated, ({ jobNumber }) => ['/jobs', jobNumber]),
  route(ReserveListPageActions.jobOpened, ({ number }) => ['/jobs', number]),
);

export const openReserve = navigateEffect(route(ReserveListPageActions.reserveOpened, ({ id }) => ['/reserves', id]));

/** The inbox's query lives in the URL: filters, Back and Forward all pass through it. */
export const writeQueryToUrl = navigateEffect(
  route(ReserveListPageActions.filtersChanged, ({ query }) => ({ commands: ['/reserves'], extras: { queryParams: queryToParams(query) } })),
  route(ReserveListPageActions.filtersCleared, () => ({ commands: ['/reserves'], extras: { queryParams: {} } })),
);

export const announceFailures = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(ReservesApiActions.followUpFailed, ReservesApiActions.bulkFailed),
      tap(({ error }) => notifier.error(error)),
    ),
  { functional: true, dispatch: false },
);

/** The inbox's charts: on opening, after a bulk change and when new reserves arrive. */
export const loadStats = createEffect(
  (actions$ = inject(Actions), api = inject(ReservesApi)) =>
    actions$.pipe(
      ofType(ReserveListPageActions.opened, ReserveListPageActions.reservesRaised, ReservesApiActions.bulkApplied),
      switchMap(() =>
        api.stats().pipe(
          map((stats) => ReservesApiActions.statsLoaded({ stats })),
          catchError(() => of(ReservesApiActions.statsFailed())),
        ),
      ),
    ),
  { functional: true },
);

export const applyBulk = apiEffect(ReservesApi, concatMap, {
  on: [ReserveListPageActions.bulkSubmitted],
  call: (api, { input }) => api.bulk(input),
  succeeded: (result) => ReservesApiActions.bulkApplied({ result }),
  failed: (error) => ReservesApiActions.bulkFailed({ error }),
});

/** How many were changed, and how many had changed meanwhile (left as they were). */
export const announceBulk = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier), transloco = inject(TranslocoService)) =>
    actions$.pipe(
      ofType(ReservesApiActions.bulkApplied),
      tap(({ result: { updated, conflicts } }) => {
        const lang = transloco.getActiveLang();
        notifier.info(pluralKey('reserves.bulk.done', updated, lang), { count: updated });
        if (conflicts.length) notifier.info(pluralKey('reserves.bulk.conflicts', conflicts.length, lang), { count: conflicts.length });
      }),
    ),
  { functional: true, dispatch: false },
);
export * from './reserve-pickers.effects';
