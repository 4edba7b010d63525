import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { EMPTY, type Observable, expand, last, map } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from './api-error';
import { lastRowAfter, totalKeeper } from './offset-keyset-datasource';

/** One keyset page of a list route: the rows, the list's total (null after the first block of a list that counts once) and where the next page starts. */
export interface KeysetPage<T> {
  items: T[];
  total: number | null;
  totalIsEstimate?: boolean;
  nextCursor: string | null;
}

export interface KeysetBlockListener<T> {
  loaded(total: number, items: readonly T[]): void;
  failed(error: ApiErrorInfo): void;
}

/** Asks the route for `limit` rows from `cursor` (null: the first page), with the query's filters. */
export type KeysetFetch<T> = (limit: number, cursor: string | null) => Observable<KeysetPage<T>>;

/**
 * ag-grid infinite row model over keyset pages: the server filters and sorts. Block k reads from
 * block k-1's `nextCursor`. Such a route has no offset, so a block reached by a scrollbar jump walks
 * forward from the nearest known cursor, block by block.
 */
export function createKeysetDatasource<T>(fetchPage: KeysetFetch<T>, listener: KeysetBlockListener<T>): IDatasource {
  const cursorAt = new Map<number, string>();
  const keepTotal = totalKeeper();
  const fetchAt = (start: number, limit: number) => fetchPage(limit, cursorAt.get(start) ?? null);

  /** The page at `startRow`, walking from the nearest known position when its cursor is unknown. */
  const pageAt = (startRow: number, limit: number): Observable<KeysetPage<T>> => {
    let from = 0;
    for (const position of cursorAt.keys()) if (position <= startRow && position > from) from = position;
    if (startRow === from) return fetchAt(startRow, limit);
    type Step = { at: number; page: KeysetPage<T> };
    return fetchAt(from, limit).pipe(
      map((page): Step => ({ at: from, page })),
      expand(({ at, page }) => {
        const next = at + limit;
        if (page.nextCursor) cursorAt.set(next, page.nextCursor);
        return page.nextCursor && next <= startRow ? fetchAt(next, limit).pipe(map((p): Step => ({ at: next, page: p }))) : EMPTY;
      }),
      last(),
      // The list ended before that row (it shrank meanwhile): nothing there.
      map(({ at, page }) => (at === startRow ? page : { items: [], total: page.total, nextCursor: null })),
    );
  };

  return {
    getRows({ startRow, endRow, successCallback, failCallback }: IGetRowsParams) {
      const limit = endRow - startRow;
      pageAt(startRow, limit).subscribe({
        next: (page) => {
          if (page.nextCursor) cursorAt.set(endRow, page.nextCursor);
          const total = keepTotal(page, startRow);
          successCallback(page.items, lastRowAfter(page, startRow, endRow, total));
          listener.loaded(total.count, page.items);
        },
        error: (error: unknown) => {
          failCallback();
          listener.failed(toApiErrorInfo(error));
        },
      });
    },
  };
}
