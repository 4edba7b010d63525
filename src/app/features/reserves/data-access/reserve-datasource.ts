import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { EMPTY, type Observable, expand, last, map } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import type { ReservePage } from './reserve-model';
import { type ReserveQuery, filterParams } from './reserve-query';
import type { ReservePageRequest } from './reserves-api';

export interface ReserveBlockListener {
  loaded(total: number): void;
  failed(error: ApiErrorInfo): void;
}

/**
 * ag-grid infinite row model over keyset pages of `GET /api/reserves`: the server filters and
 * sorts. Block k reads from block k-1's `nextCursor`. The API has no offset, so a block reached by
 * a scrollbar jump walks forward from the nearest known cursor, block by block.
 */
export function createReserveDatasource(
  fetchPage: (request: ReservePageRequest) => Observable<ReservePage>,
  query: ReserveQuery,
  listener: ReserveBlockListener,
): IDatasource {
  const filters = filterParams(query);
  const cursorAt = new Map<number, string>();

  const request = (start: number, limit: number): ReservePageRequest => {
    const cursor = cursorAt.get(start);
    return cursor ? { filters, limit, cursor } : { filters, limit };
  };

  /** The page at `startRow`, walking from the nearest known position when its cursor is unknown. */
  const pageAt = (startRow: number, limit: number): Observable<ReservePage> => {
    let from = 0;
    for (const position of cursorAt.keys()) if (position <= startRow && position > from) from = position;
    if (startRow === from) return fetchPage(request(startRow, limit));
    type Step = { at: number; page: ReservePage };
    return fetchPage(request(from, limit)).pipe(
      map((page): Step => ({ at: from, page })),
      expand(({ at, page }) => {
        const next = at + limit;
        if (page.nextCursor) cursorAt.set(next, page.nextCursor);
        return page.nextCursor && next <= startRow ? fetchPage(request(next, limit)).pipe(map((p): Step => ({ at: next, page: p }))) : EMPTY;
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
          successCallback(page.items, page.nextCursor ? page.total : startRow + page.items.length);
          listener.loaded(page.total);
        },
        error: (error: unknown) => {
          failCallback();
          listener.failed(toApiErrorInfo(error));
        },
      });
    },
  };
}
