import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { concatMap, exhaustMap, map, switchMap, withLatestFrom } from 'rxjs';
import { notice, notifyEffect } from '../../../core/notifications/notify-effect';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { depotErrorMessage } from './depot-errors';
import { StockShortfallsApiActions, StockShortfallsPageActions } from './stock-shortfalls.actions';
import { StockShortfallsApi } from './stock-shortfalls-api';
import { stockShortfallsFeature } from './stock-shortfalls.feature';

/** The first page of the query in the store, on opening the page or changing the query. */
export const loadShortfalls = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(StockShortfallsApi)) =>
    actions$.pipe(
      ofType(StockShortfallsPageActions.opened, StockShortfallsPageActions.queryChanged),
      withLatestFrom(store.select(stockShortfallsFeature.selectQuery)),
      switchMap(([, query]) =>
        callApi(api.list(query, null), (page) => StockShortfallsApiActions.pageLoaded({ page, append: false }), (error) => StockShortfallsApiActions.pageLoadFailed({ error })),
      ),
    ),
  { functional: true },
);

/** The next keyset page, after the last one read. */
export const loadMoreShortfalls = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(StockShortfallsApi)) =>
    actions$.pipe(
      ofType(StockShortfallsPageActions.moreRequested),
      withLatestFrom(store.select(stockShortfallsFeature.selectQuery), store.select(stockShortfallsFeature.selectNextCursor)),
      exhaustMap(([, query, cursor]) =>
        callApi(api.list(query, cursor), (page) => StockShortfallsApiActions.pageLoaded({ page, append: true }), (error) => StockShortfallsApiActions.pageLoadFailed({ error })),
      ),
    ),
  { functional: true },
);

export const loadShortfallDepots = apiEffect(StockShortfallsApi, exhaustMap, {
  on: [StockShortfallsPageActions.opened],
  call: (api) => api.depots().pipe(map((list) => list.items.map((d) => ({ id: d.id, name: d.name })))),
  succeeded: (depots) => StockShortfallsApiActions.depotsLoaded({ depots }),
});

export const resolveShortfall = apiEffect(StockShortfallsApi, concatMap, {
  on: [StockShortfallsPageActions.resolveSubmitted],
  call: (api, { id, request }) => api.resolve(id, request),
  succeeded: (shortfall) => StockShortfallsApiActions.resolved({ shortfall }),
  failed: (error, { id }) => StockShortfallsApiActions.resolveFailed({ id, error }),
});

export const reportShortfallSettlement = notifyEffect(
  notice(StockShortfallsApiActions.resolved, ({ shortfall }) => ({ key: 'depot.shortfalls.settled', params: { job: shortfall.job.number } })),
  notice(StockShortfallsApiActions.resolveFailed, ({ error }) => depotErrorMessage(error)),
);
