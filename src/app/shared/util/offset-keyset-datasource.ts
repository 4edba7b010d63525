import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { Observable } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from './api-error';

/** Where a block starts: after a known keyset cursor, or (scrollbar jump, cursor unknown) at an offset. */
export interface KeysetWindow {
  limit: number;
  /** Keyset position: the previous block's `nextCursor`. */
  cursor?: string;
  /** Only for a scrollbar jump to a block whose cursor is unknown. */
  offset?: number;
}

/** The window as a list route's query parameters: the limit, then the cursor or else the offset. */
export function windowParams({ limit, cursor, offset }: KeysetWindow): Record<string, string | number> {
  if (cursor) return { limit, cursor };
  return offset ? { limit, offset } : { limit };
}

export interface OffsetKeysetPage {
  items: readonly unknown[];
  total: number;
  nextCursor: string | null;
}

export interface KeysetPageListener<P extends OffsetKeysetPage> {
  loaded(page: P): void;
  failed(error: ApiErrorInfo): void;
}

/** What a list page hears of each block of its grid: the list's total, or why the block failed. */
export interface BlockTotalListener {
  loaded(total: number): void;
  failed(error: ApiErrorInfo): void;
}

/** Passes each block's total (or failure) on to a page's listener. */
export function reportTotals(listener: BlockTotalListener): KeysetPageListener<OffsetKeysetPage> {
  return { loaded: (page) => listener.loaded(page.total), failed: (error) => listener.failed(error) };
}

/**
 * ag-grid infinite row model over keyset pages of a route that also takes an `offset`. Block k reads from block k-1's `nextCursor`;
 * a block reached by a scrollbar jump (cursor unknown) is asked for by `offset` instead.
 * The caller turns a window into its own API call (query, filters) and hears of each block.
 */
export function createOffsetKeysetDatasource<P extends OffsetKeysetPage>(
  fetchWindow: (window: KeysetWindow) => Observable<P>,
  listener: KeysetPageListener<P>,
): IDatasource {
  const cursorAt = new Map<number, string>();
  return {
    getRows(params: IGetRowsParams) {
      const { startRow, endRow } = params;
      const window: KeysetWindow = { limit: endRow - startRow };
      const cursor = cursorAt.get(startRow);
      if (cursor) window.cursor = cursor;
      else if (startRow > 0) window.offset = startRow;
      fetchWindow(window).subscribe({
        next: (page) => {
          if (page.nextCursor) cursorAt.set(endRow, page.nextCursor);
          const lastRow = page.nextCursor ? page.total : startRow + page.items.length;
          params.successCallback([...page.items], lastRow);
          listener.loaded(page);
        },
        error: (error: unknown) => {
          params.failCallback();
          listener.failed(toApiErrorInfo(error));
        },
      });
    },
  };
}
