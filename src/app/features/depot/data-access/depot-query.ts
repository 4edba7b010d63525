import type { ItemRef, SerialUnitStatus } from '@contract';

/** What the depot page shows: its stock search and its serial unit filters. */
export interface StockQuery {
  q: string;
}

export interface UnitQuery {
  status: SerialUnitStatus | null;
  item: ItemRef | null;
}

export interface RepairQuery {
  q: string;
  depotId: string | null;
}

export const defaultStockQuery: StockQuery = { q: '' };
export const defaultUnitQuery: UnitQuery = { status: null, item: null };
export const defaultRepairQuery: RepairQuery = { q: '', depotId: null };

/** Statuses a unit may have while it sits in a depot (installed units are at customers). */
export const depotUnitStatuses: readonly SerialUnitStatus[] = ['ok', 'needs_repair', 'obsolete'];
