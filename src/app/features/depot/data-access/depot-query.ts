import type { SerialUnitStatus } from '@contract';

/** What the depot page shows: its stock search and its serial unit filters. */
export interface StockQuery {
  q: string;
}

export interface UnitQuery {
  status: SerialUnitStatus | null;
  itemId: string | null;
  /** Shown in the item filter while the item itself is not loaded. */
  itemLabel: string | null;
}

export interface RepairQuery {
  q: string;
  depotId: string | null;
}

export const defaultStockQuery: StockQuery = { q: '' };
export const defaultUnitQuery: UnitQuery = { status: null, itemId: null, itemLabel: null };
export const defaultRepairQuery: RepairQuery = { q: '', depotId: null };

/** Statuses a unit may have while it sits in a depot (installed units are at customers). */
export const depotUnitStatuses: readonly SerialUnitStatus[] = ['ok', 'needs_repair', 'obsolete'];
