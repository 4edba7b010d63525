import type { CatalogItemKind } from '@contract';

export interface ItemFlags {
  kind: CatalogItemKind;
  isSerialized: boolean;
  isStockTracked: boolean;
}

export interface FlagProblem {
  field: 'isSerialized' | 'isStockTracked';
  code: 'service_not_serialized' | 'service_not_stock_tracked';
  message: string;
}

/** Serial numbers and depot quantities belong to parts: a service has neither. */
export function flagProblems(item: ItemFlags): FlagProblem[] {
  if (item.kind !== 'service') return [];
  const problems: FlagProblem[] = [];
  if (item.isSerialized) {
    problems.push({ field: 'isSerialized', code: 'service_not_serialized', message: 'A service cannot be serialized' });
  }
  if (item.isStockTracked) {
    problems.push({ field: 'isStockTracked', code: 'service_not_stock_tracked', message: 'A service cannot be stock-tracked' });
  }
  return problems;
}

/** What an item already has in the depots, which freezes some of its flags. */
export interface ItemHoldings {
  serialUnitCount: number;
  stockQuantity: number;
}

export type HoldingProblem = 'serialized_locked' | 'stock_tracked_locked';

/** Units already carry serials (or not), and stock already counted must stay counted. */
export function holdingProblems(before: ItemFlags, after: ItemFlags, holdings: ItemHoldings): HoldingProblem[] {
  const problems: HoldingProblem[] = [];
  if (before.isSerialized !== after.isSerialized && holdings.serialUnitCount > 0) problems.push('serialized_locked');
  if (before.isStockTracked && !after.isStockTracked && holdings.stockQuantity > 0) problems.push('stock_tracked_locked');
  return problems;
}
