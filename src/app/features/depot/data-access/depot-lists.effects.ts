import { inject } from '@angular/core';
import type { Page } from '@contract';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { EMPTY, type Observable, map, merge, switchMap, withLatestFrom } from 'rxjs';
import {
  DepotApiActions,
  type DepotList,
  type DepotLists,
  DepotPageActions,
  type DepotSearch,
  type DepotSearches,
  ReceiptDialogActions,
  TransferDialogActions,
} from './depot.actions';
import { DepotApi } from './depot-api';
import { depotFeature } from './depot.feature';
import { callApi } from '../../../shared/data/api-effect';

const PAGE_SIZE = 50;
const OPTION_LIMIT = 20;

function pageInto<L extends DepotList>(list: L, read: Observable<Page<DepotLists[L]>>, append: boolean) {
  return callApi(
    read,
    (page) => DepotApiActions.listPageLoaded({ list, page, append }),
    (error) => DepotApiActions.listPageFailed({ list, error }),
  );
}

function optionsInto<S extends DepotSearch>(search: S, read: Observable<DepotSearches[S][]>) {
  return callApi(
    read,
    (options) => DepotApiActions.optionsFound({ search, options }),
    (error) => DepotApiActions.optionsSearchFailed({ search, error }),
  );
}

/** "More" reads on from the last cursor (the reducer marked the list loading only when there is more). */
function cursorFor(more: boolean, list: { nextCursor: string | null; callState: unknown }): string | null | false {
  if (!more) return null;
  return list.callState === 'loading' && list.nextCursor !== null ? list.nextCursor : false;
}

/** The depot page's stock lines: its search, and again after a receipt or a transfer moved goods. */
export const loadStockLines = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(
        DepotPageActions.opened,
        DepotPageActions.stockQueryChanged,
        DepotPageActions.moreStockRequested,
        DepotApiActions.receiptSucceeded,
        DepotApiActions.transferSucceeded,
      ),
      withLatestFrom(store.select(depotFeature.selectQueriedDepotId), store.select(depotFeature.selectStockQuery), store.select(depotFeature.selectStockLines)),
      switchMap(([action, depotId, { q }, list]) => {
        const cursor = cursorFor(action.type === DepotPageActions.moreStockRequested.type, list);
        if (!depotId || cursor === false) return EMPTY;
        return pageInto('stock', api.stock(depotId, { q, limit: PAGE_SIZE, cursor }), cursor !== null);
      }),
    ),
  { functional: true },
);

/** The depot page's serial units, filtered by status and item. */
export const loadUnitLines = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(
        DepotPageActions.opened,
        DepotPageActions.unitQueryChanged,
        DepotPageActions.moreUnitsRequested,
        DepotApiActions.receiptSucceeded,
        DepotApiActions.transferSucceeded,
      ),
      withLatestFrom(store.select(depotFeature.selectQueriedDepotId), store.select(depotFeature.selectUnitQuery), store.select(depotFeature.selectUnitLines)),
      switchMap(([action, depotId, { status, item }, list]) => {
        const cursor = cursorFor(action.type === DepotPageActions.moreUnitsRequested.type, list);
        if (!depotId || cursor === false) return EMPTY;
        const request = { depotId, status, itemId: item?.id ?? null, limit: PAGE_SIZE, cursor };
        return pageInto('units', api.serialUnits(request), cursor !== null);
      }),
    ),
  { functional: true },
);

/**
 * The depot page's movements, newest first: read again after a receipt or a transfer (a settled
 * stock shortfall shows when the page is opened again).
 */
export const loadMovementLines = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(DepotPageActions.opened, DepotPageActions.moreMovementsRequested, DepotApiActions.receiptSucceeded, DepotApiActions.transferSucceeded),
      withLatestFrom(store.select(depotFeature.selectQueriedDepotId), store.select(depotFeature.selectMovementLines)),
      switchMap(([action, depotId, list]) => {
        const cursor = cursorFor(action.type === DepotPageActions.moreMovementsRequested.type, list);
        if (!depotId || cursor === false) return EMPTY;
        return pageInto('movements', api.movements(depotId, { limit: PAGE_SIZE, cursor }), cursor !== null);
      }),
    ),
  { functional: true },
);

/** Item pickers: only the latest question's answer is kept. */
export const searchItems = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    merge(
      actions$.pipe(
        ofType(DepotPageActions.itemSearched),
        switchMap(({ q }) => optionsInto('serializedItems', api.catalogItems(q, 'serialized'))),
      ),
      actions$.pipe(
        ofType(ReceiptDialogActions.itemSearched),
        switchMap(({ q }) => optionsInto('heldItems', api.catalogItems(q, 'held'))),
      ),
    ),
  { functional: true },
);

/**
 * The transfer dialog searches the source depot's stock and units as the user types; a new source
 * cancels a question still under way about the old one.
 */
export const searchTransferOptions = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    merge(
      actions$.pipe(
        ofType(TransferDialogActions.stockSearched, TransferDialogActions.sourceChanged),
        switchMap((action) =>
          'q' in action
            ? optionsInto('transferStock', api.stock(action.depotId, { q: action.q, limit: OPTION_LIMIT }).pipe(map((page) => page.items)))
            : EMPTY,
        ),
      ),
      actions$.pipe(
        ofType(TransferDialogActions.unitsSearched, TransferDialogActions.sourceChanged),
        switchMap((action) =>
          'q' in action
            ? optionsInto('transferUnits', api.serialUnits({ depotId: action.depotId, serial: action.q, limit: OPTION_LIMIT }).pipe(map((page) => page.items)))
            : EMPTY,
        ),
      ),
    ),
  { functional: true },
);
