import type { BulkRepairResult, Depot, ReceiptLineProblem, RepairOutcome, SerialUnit, SerialUnitDetail, TechnicianOption } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import {
  DepotApiActions,
  DepotListPageActions,
  DepotPageActions,
  ReceiptDialogActions,
  RepairQueuePageActions,
  SerialPageActions,
  TransferDialogActions,
} from './depot.actions';
import {
  type RepairQuery,
  type StockQuery,
  type UnitQuery,
  defaultRepairQuery,
  defaultStockQuery,
  defaultUnitQuery,
} from './depot-query';
import type { DepotLists, DepotSearches } from './depot.actions';
import { type PagedState, type SearchState, canLoadMore, firstPageLoading, noPages, noSearch, pageLoaded } from './paged-state';

export interface RepairRun {
  outcome: RepairOutcome | null;
  /** Units asked for; the run is over once every one of them is repaired or failed. */
  total: number;
  repaired: string[];
  failed: BulkRepairResult['failed'];
  callState: CallState;
}

export interface SerialLookup {
  serial: string | null;
  units: SerialUnitDetail[];
  /** When nothing carries the serial: units whose serial starts with it. */
  suggestions: SerialUnit[];
  callState: CallState;
}

/**
 * What the repair queue grid reported of its query. The rows themselves stream through the grid's
 * datasource, never through the store.
 */
export interface RepairQueueStatus {
  total: number | null;
  callState: CallState;
  /** Bumped by a retry: the page builds a new datasource and the grid reads the queue again. */
  attempt: number;
}

/** Depots (few), the state of the writes, the long lists read page by page and the pickers' searches. */
export interface DepotState extends EntityState<Depot> {
  list: CallState;
  detail: CallState;
  technicians: { items: TechnicianOption[]; callState: CallState };
  createVan: CallState;
  /** The depot the stock and unit queries below belong to. */
  queriedDepotId: string | null;
  stockQuery: StockQuery;
  unitQuery: UnitQuery;
  repairQuery: RepairQuery;
  repairQueue: RepairQueueStatus;
  receipt: { callState: CallState; problems: ReceiptLineProblem[] };
  transfer: CallState;
  repair: RepairRun;
  serial: SerialLookup;
  /** Bumped by every write that moved stock or units: pages showing them read them again. */
  revision: number;
  lists: { [L in keyof DepotLists]: PagedState<DepotLists[L]> };
  searches: { [S in keyof DepotSearches]: SearchState<DepotSearches[S]> };
}

export const depotsAdapter = createEntityAdapter<Depot>({
  // Main depot first, then vans by owner name, as the server lists them.
  sortComparer: (a, b) =>
    a.kind === b.kind ? (a.owner?.displayName ?? a.name).localeCompare(b.owner?.displayName ?? b.name) : a.kind === 'main' ? -1 : 1,
});

const noRepair: RepairRun = { outcome: null, total: 0, repaired: [], failed: [], callState: 'idle' };
const noSerial: SerialLookup = { serial: null, units: [], suggestions: [], callState: 'idle' };

export const initialDepotState: DepotState = depotsAdapter.getInitialState({
  list: 'idle',
  detail: 'idle',
  technicians: { items: [], callState: 'idle' },
  createVan: 'idle',
  queriedDepotId: null,
  stockQuery: defaultStockQuery,
  unitQuery: defaultUnitQuery,
  repairQuery: defaultRepairQuery,
  repairQueue: { total: null, callState: 'idle', attempt: 0 },
  receipt: { callState: 'idle', problems: [] },
  transfer: 'idle',
  repair: noRepair,
  serial: noSerial,
  revision: 0,
  lists: { stock: noPages, units: noPages },
  searches: { serializedItems: noSearch, heldItems: noSearch, transferStock: noSearch, transferUnits: noSearch },
});

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

function settled(run: RepairRun): RepairRun {
  const done = run.repaired.length + run.failed.length >= run.total;
  return done ? { ...run, callState: 'loaded' } : run;
}

function readingRepairQueue(state: DepotState, attempt = state.repairQueue.attempt): DepotState {
  return { ...state, repairQueue: { total: null, callState: 'loading', attempt } };
}

function startRepair(state: DepotState, unitIds: readonly string[], outcome: RepairOutcome): DepotState {
  return { ...state, repair: { outcome, total: unitIds.length, repaired: [], failed: [], callState: 'loading' } };
}

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

    on(ReceiptDialogActions.opened, (state) => ({ ...state, receipt: { callState: 'idle' as const, problems: [] } })),
    on(ReceiptDialogActions.submitted, (state) => ({ ...state, receipt: { callState: 'loading' as const, problems: [] } })),
    on(DepotApiActions.receiptSucceeded, (state) => ({
      ...state,
      receipt: { callState: 'loaded' as const, problems: [] },
      revision: state.revision + 1,
    })),
    on(DepotApiActions.receiptRejected, (state, { problems }) => ({
      ...state,
      receipt: { callState: 'idle' as const, problems },
    })),
    on(DepotApiActions.receiptFailed, (state, { error }) => ({ ...state, receipt: { callState: { error }, problems: [] } })),

    on(TransferDialogActions.opened, (state) => ({ ...state, transfer: 'idle' as const })),
    on(TransferDialogActions.submitted, (state) => ({ ...state, transfer: 'loading' as const })),
    on(DepotApiActions.transferSucceeded, (state) => ({ ...state, transfer: 'loaded' as const, revision: state.revision + 1 })),
    on(DepotApiActions.transferFailed, (state, { error }) => ({ ...state, transfer: { error } })),

    on(RepairQueuePageActions.opened, (state) => readingRepairQueue(state)),
    on(RepairQueuePageActions.queryChanged, (state, { query }) => readingRepairQueue({ ...state, repairQuery: query })),
    on(RepairQueuePageActions.retried, (state) => readingRepairQueue(state, state.repairQueue.attempt + 1)),
    on(DepotApiActions.repairQueueBlockLoaded, (state, { total }) => ({
      ...state,
      repairQueue: { ...state.repairQueue, total, callState: 'loaded' as const },
    })),
    on(DepotApiActions.repairQueueBlockFailed, (state, { error }) => ({
      ...state,
      repairQueue: { ...state.repairQueue, callState: { error } },
    })),
    on(RepairQueuePageActions.bulkRepairConfirmed, (state, { unitIds, outcome }) => startRepair(state, unitIds, outcome)),
    on(RepairQueuePageActions.repairConfirmed, SerialPageActions.repairConfirmed, (state, { unitId, outcome }) =>
      startRepair(state, [unitId], outcome),
    ),
    on(RepairQueuePageActions.resultDismissed, RepairQueuePageActions.opened, (state) =>
      state.repair.callState === 'loading' ? state : { ...state, repair: noRepair },
    ),
    on(DepotApiActions.repairBatchDone, (state, { result }) => {
      const repair = settled({
        ...state.repair,
        repaired: [...state.repair.repaired, ...result.repaired],
        failed: [...state.repair.failed, ...result.failed],
      });
      return { ...state, repair, revision: repair.callState === 'loaded' ? state.revision + 1 : state.revision };
    }),
    // A batch that failed as a whole counts each of its units as failed, so the run still ends.
    on(DepotApiActions.repairBatchFailed, (state, { unitIds, error }) => {
      const failed = unitIds.map((unitId) => ({ unitId, code: error.code, message: error.message }));
      const repair = settled({ ...state.repair, failed: [...state.repair.failed, ...failed] });
      return { ...state, repair, revision: repair.callState === 'loaded' ? state.revision + 1 : state.revision };
    }),
    on(DepotApiActions.unitRepaired, (state, { unit }) => ({
      ...state,
      repair: settled({ ...state.repair, repaired: [...state.repair.repaired, unit.id] }),
      serial: { ...state.serial, units: state.serial.units.map((u) => (u.id === unit.id ? unit : u)) },
      revision: state.revision + 1,
    })),
    on(DepotApiActions.unitRepairFailed, (state, { unitId, error }) => ({
      ...state,
      repair: settled({ ...state.repair, failed: [...state.repair.failed, { unitId, code: error.code, message: error.message }] }),
    })),

    on(SerialPageActions.opened, SerialPageActions.retried, (state, { serial }) => ({
      ...state,
      serial: { ...noSerial, serial, callState: 'loading' as const },
      repair: state.repair.callState === 'loading' ? state.repair : noRepair,
    })),
    on(DepotApiActions.serialLoaded, (state, { serial, units }) =>
      serial !== state.serial.serial ? state : { ...state, serial: { ...state.serial, units, callState: 'loaded' as const } },
    ),
    on(DepotApiActions.serialLoadFailed, (state, { serial, error }) =>
      serial !== state.serial.serial ? state : { ...state, serial: { ...state.serial, callState: { error } } },
    ),
    on(DepotApiActions.serialSuggestionsLoaded, (state, { serial, units }) =>
      serial !== state.serial.serial ? state : { ...state, serial: { ...state.serial, suggestions: units } },
    ),

    // Each of these reads the list again from its first page (depot.effects' list loads follow the same actions).
    on(DepotPageActions.opened, DepotApiActions.receiptSucceeded, DepotApiActions.transferSucceeded, (state) =>
      withLists(state, { stock: firstPageLoading, units: firstPageLoading }),
    ),
    on(DepotPageActions.opened, (state) => withSearches(state, { serializedItems: noSearch })),
    on(DepotPageActions.stockQueryChanged, (state) => withList(state, 'stock', firstPageLoading)),
    on(DepotPageActions.unitQueryChanged, (state) => withList(state, 'units', firstPageLoading)),
    on(DepotPageActions.moreStockRequested, (state) => moreOf(state, 'stock')),
    on(DepotPageActions.moreUnitsRequested, (state) => moreOf(state, 'units')),
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
  ),
  extraSelectors: ({ selectDepotState, selectList, selectRepair, selectRepairQueue, selectSerial, selectLists, selectSearches }) => {
    const { selectAll } = depotsAdapter.getSelectors(selectDepotState);
    return {
      selectStockLines: createSelector(selectLists, (lists) => lists.stock),
      selectUnitLines: createSelector(selectLists, (lists) => lists.units),
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
