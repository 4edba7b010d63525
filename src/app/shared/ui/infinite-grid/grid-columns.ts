import type { ColDef, GridApi } from 'ag-grid-community';
import type { GridColumnChoice } from './grid-column-prefs';

/** A header sort: the server sorts, the page keeps it (e.g. in the URL). */
export interface GridSort {
  sort: string | null;
  dir: 'asc' | 'desc' | null;
}

export const noGridSort: GridSort = { sort: null, dir: null };

const idOf = <T>(column: ColDef<T>) => column.colId ?? (typeof column.field === 'string' ? column.field : '');

/** The user's hidden columns and widths over the feature's columns; a locked column always shows. */
export function withChoice<T>(columns: ColDef<T>[], choice: GridColumnChoice): ColDef<T>[] {
  return columns.map((column) => {
    const id = idOf(column);
    const width = choice.widths[id];
    return {
      ...column,
      ...(width ? { width, flex: null } : {}),
      hide: !column.lockVisible && (choice.hidden.includes(id) || !!column.hide),
    };
  });
}

export function currentSort<T>(api: GridApi<T>): GridSort {
  const sorted = api.getColumnState().find((c) => c.sort);
  return sorted ? { sort: sorted.colId, dir: sorted.sort ?? 'asc' } : noGridSort;
}

/** Two sorts the grid would show the same (a sort on a column that cannot sort shows nothing). */
export function sameSort<T>(a: GridSort, b: GridSort, columns: ColDef<T>[]): boolean {
  const sortable = (id: string | null) => !!id && columns.some((c) => idOf(c) === id && c.sortable);
  const shown = (s: GridSort) => (sortable(s.sort) ? `${s.sort}:${s.dir ?? 'asc'}` : '');
  return shown(a) === shown(b);
}

export function sortState<T>({ sort, dir }: GridSort, columns: ColDef<T>[]) {
  return sameSort({ sort, dir }, noGridSort, columns) ? [] : [{ colId: sort!, sort: dir ?? 'asc' }];
}
