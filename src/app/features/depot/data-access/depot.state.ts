import type { BulkRepairResult, Depot, ReceiptLineProblem, RepairOutcome, SerialUnit, SerialUnitDetail, TechnicianOption } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import type { CallState } from '../../../shared/util/call-state';
import type { DepotLists, DepotSearches } from './depot.actions';
import { type RepairQuery, type StockQuery, type UnitQuery, defaultRepairQuery, defaultStockQuery, defaultUnitQuery } from './depot-query';
import { type PagedState, type SearchState, noPages, noSearch } from './paged-state';

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

export const noRepair: RepairRun = { outcome: null, total: 0, repaired: [], failed: [], callState: 'idle' };
export const noSerial: SerialLookup = { serial: null, units: [], suggestions: [], callState: 'idle' };

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
  lists: { stock: noPages, units: noPages, movements: noPages },
  searches: { serializedItems: noSearch, heldItems: noSearch, transferStock: noSearch, transferUnits: noSearch },
});
