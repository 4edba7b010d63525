import { type Signal, computed } from '@angular/core';
import type { IDatasource } from 'ag-grid-community';

/**
 * A list page's grid datasource: a new one per query and each time one of `restartOn` changes (a
 * retry, a write to the list), so the grid starts again from the first block. Without a query yet
 * (the page is still reading its address) there is none.
 */
export function datasourcePerQuery<Q>(
  query: Signal<Q | null | undefined>,
  create: (query: Q) => IDatasource,
  ...restartOn: Signal<unknown>[]
): Signal<IDatasource | null> {
  return computed(() => {
    for (const restart of restartOn) restart();
    const current = query();
    return current ? create(current) : null;
  });
}
