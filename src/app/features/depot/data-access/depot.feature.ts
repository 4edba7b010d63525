import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { DepotApiActions, DepotListPageActions, DepotPageActions } from './depot.actions';
import { depotListsReducers } from './depot-lists.reducer';
import { defaultStockQuery, defaultUnitQuery } from './depot-query';
import { depotsAdapter, initialDepotState } from './depot.state';
import { repairReducers } from './repair.reducer';
import { stockMovesReducers } from './stock-moves.reducer';

/** Depots (few) and the van creation here; receipts and transfers, repairs, and the paged lists in their own files. */
export const depotFeature = createFeature({
  name: 'depot',
  reducer: createReducer(
    initialDepotState,
    on(DepotListPageActions.opened, DepotListPageActions.retried, (state) => ({ ...state, list: 'loading' as const })),
    on(DepotApiActions.depotsLoaded, (state, { depots }) => depotsAdapter.setAll(depots, { ...state, list: 'loaded' as const })),
    on(DepotApiActions.depotsLoadFailed, (state, { error }) => ({ ...state, list: { error } })),

    // Another depot starts with no search and no filter; the same one keeps them.
    on(DepotPageActions.opened, (state, { id }) =>
      id === state.queriedDepotId
        ? { ...state, detail: 'loading' as const }
        : { ...state, detail: 'loading' as const, queriedDepotId: id, stockQuery: defaultStockQuery, unitQuery: defaultUnitQuery },
    ),
    on(DepotPageActions.retried, (state) => ({ ...state, detail: 'loading' as const })),
    on(DepotApiActions.depotLoaded, (state, { depot }) => depotsAdapter.upsertOne(depot, { ...state, detail: 'loaded' as const })),
    on(DepotApiActions.depotLoadFailed, (state, { error }) => ({ ...state, detail: { error } })),
    on(DepotPageActions.stockQueryChanged, (state, { query }) => ({ ...state, stockQuery: query })),
    on(DepotPageActions.unitQueryChanged, (state, { query }) => ({ ...state, unitQuery: query })),

    on(DepotListPageActions.newVanOpened, (state) => ({
      ...state,
      createVan: 'idle' as const,
      technicians: { ...state.technicians, callState: 'loading' as const },
    })),
    on(DepotApiActions.techniciansLoaded, (state, { technicians }) => ({
      ...state,
      technicians: { items: technicians, callState: 'loaded' as const },
    })),
    on(DepotApiActions.techniciansLoadFailed, (state, { error }) => ({
      ...state,
      technicians: { ...state.technicians, callState: { error } },
    })),
    on(DepotListPageActions.newVanSubmitted, (state) => ({ ...state, createVan: 'loading' as const })),
    on(DepotApiActions.vanCreated, (state, { depot }) => depotsAdapter.addOne(depot, { ...state, createVan: 'loaded' as const })),
    on(DepotApiActions.vanCreateFailed, (state, { error }) => ({ ...state, createVan: { error } })),

    ...stockMovesReducers,
    ...repairReducers,
    ...depotListsReducers,
  ),
  extraSelectors: ({ selectDepotState, selectList, selectRepair, selectRepairQueue, selectSerial, selectLists, selectSearches }) => {
    const { selectAll } = depotsAdapter.getSelectors(selectDepotState);
    return {
      selectStockLines: createSelector(selectLists, (lists) => lists.stock),
      selectUnitLines: createSelector(selectLists, (lists) => lists.units),
      selectMovementLines: createSelector(selectLists, (lists) => lists.movements),
      selectRepairQueueView: createSelector(selectRepairQueue, ({ total, callState, attempt }) => ({
        total,
        attempt,
        error: typeof callState === 'object' ? callState.error : null,
      })),
      selectSerializedItemOptions: createSelector(selectSearches, (searches) => searches.serializedItems),
      selectHeldItemOptions: createSelector(selectSearches, (searches) => searches.heldItems),
      selectTransferStockOptions: createSelector(selectSearches, (searches) => searches.transferStock),
      selectTransferUnitOptions: createSelector(selectSearches, (searches) => searches.transferUnits),
      selectAllDepots: selectAll,
      selectListView: createSelector(selectAll, selectList, (depots, callState) => ({
        depots,
        callState,
        isEmpty: callState === 'loaded' && depots.length === 0,
      })),
      selectRepairProgress: createSelector(selectRepair, (run) => ({
        ...run,
        done: run.repaired.length + run.failed.length,
        running: run.callState === 'loading',
      })),
      selectSerialView: createSelector(selectSerial, (lookup) => ({
        ...lookup,
        notFound: lookup.callState === 'loaded' && lookup.units.length === 0,
      })),
    };
  },
});
