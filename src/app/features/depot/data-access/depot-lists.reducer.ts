import { type ActionCreator, type ReducerTypes, on } from '@ngrx/store';
import { DepotApiActions, type DepotLists, DepotPageActions, ReceiptDialogActions, TransferDialogActions } from './depot.actions';
import type { DepotState } from './depot.state';
import { type PagedState, canLoadMore, firstPageLoading, noSearch, pageLoaded } from './paged-state';

function withList<L extends keyof DepotLists>(state: DepotState, list: L, next: PagedState<DepotLists[L]>): DepotState {
  return { ...state, lists: { ...state.lists, [list]: next } };
}

function withLists(state: DepotState, lists: Partial<DepotState['lists']>): DepotState {
  return { ...state, lists: { ...state.lists, ...lists } };
}

function withSearches(state: DepotState, searches: Partial<DepotState['searches']>): DepotState {
  return { ...state, searches: { ...state.searches, ...searches } };
}

function moreOf<L extends keyof DepotLists>(state: DepotState, list: L): DepotState {
  const current = state.lists[list];
  return canLoadMore(current) ? withList(state, list, { ...current, callState: 'loading' }) : state;
}

/** The long lists read page by page and the pickers' searches. */
export const depotListsReducers: ReducerTypes<DepotState, readonly ActionCreator[]>[] = [
  // Each of these reads the list again from its first page (depot-lists.effects' loads follow the same actions).
  on(DepotPageActions.opened, DepotApiActions.receiptSucceeded, DepotApiActions.transferSucceeded, (state) =>
    withLists(state, { stock: firstPageLoading, units: firstPageLoading, movements: firstPageLoading }),
  ),
  on(DepotPageActions.opened, (state) => withSearches(state, { serializedItems: noSearch })),
  on(DepotPageActions.stockQueryChanged, (state) => withList(state, 'stock', firstPageLoading)),
  on(DepotPageActions.unitQueryChanged, (state) => withList(state, 'units', firstPageLoading)),
  on(DepotPageActions.moreStockRequested, (state) => moreOf(state, 'stock')),
  on(DepotPageActions.moreUnitsRequested, (state) => moreOf(state, 'units')),
  on(DepotPageActions.moreMovementsRequested, (state) => moreOf(state, 'movements')),
  on(DepotApiActions.listPageLoaded, (state, { list, page, append }) =>
    withList(state, list, pageLoaded(state.lists[list] as PagedState<unknown>, page, append) as PagedState<never>),
  ),
  on(DepotApiActions.listPageFailed, (state, { list, error }) =>
    withList(state, list, { ...state.lists[list], callState: { error } } as PagedState<never>),
  ),

  on(ReceiptDialogActions.opened, (state) => withSearches(state, { heldItems: noSearch })),
  on(TransferDialogActions.opened, TransferDialogActions.sourceChanged, (state) =>
    withSearches(state, { transferStock: noSearch, transferUnits: noSearch }),
  ),
  on(DepotApiActions.optionsFound, (state, { search, options }) =>
    withSearches(state, { [search]: { options, searched: true, error: null } }),
  ),
  on(DepotApiActions.optionsSearchFailed, (state, { search, error }) =>
    withSearches(state, { [search]: { options: [], searched: true, error } }),
  ),
];
