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
  /** Null on the blocks after the first of a list that counts once (the jobs grid). */
  total: number | null;
  totalIsEstimate?: boolean;
  nextCursor: string | null;
}

/** How many rows the list holds, as its first block said: exact, or an estimate of a big list. */
export interface ListTotal {
  count: number;
  estimate: boolean;
}

export interface KeysetPageListener<P extends OffsetKeysetPage> {
  /** A block arrived; `total` is the list's, kept from the first block when a later one has none. */
  loaded(page: P, total: ListTotal): void;
  failed(error: ApiErrorInfo): void;
}

/** What a list page hears of each block of its grid: the list's total, or why the block failed. */
export interface BlockTotalListener {
  loaded(total: number): void;
  failed(error: ApiErrorInfo): void;
}

/** Passes each block's total (or failure) on to a page's listener. */
export function reportTotals(listener: BlockTotalListener): KeysetPageListener<OffsetKeysetPage> {
  return { loaded: (_page, total) => listener.loaded(total.count), failed: (error) => listener.failed(error) };
}

/**
 * Keeps the list's total across blocks: a block that brings one (the first, or every block of a
 * list that counts each time) sets it, a block without one keeps the last. Until one arrives (a
 * jump answered before the first block), the rows seen so far stand for it.
 */
export function totalKeeper() {
  let known: ListTotal | null = null;
  return (page: OffsetKeysetPage, startRow: number): ListTotal => {
    if (page.total !== null) known = { count: page.total, estimate: page.totalIsEstimate ?? false };
    return known ?? { count: startRow + page.items.length, estimate: true };
  };
}

/**
 * The grid's row count after a block: the list's end once a block has none after it; else the
 * total, stretched past this block when rows go on beyond it (an estimate was low, or rows came).
 */
export function lastRowAfter(page: OffsetKeysetPage, startRow: number, endRow: number, total: ListTotal): number {
  return page.nextCursor ? Math.max(total.count, endRow + 1) : startRow + page.items.length;
}

/**
 * ag-grid infinite row model over keyset pages of a route that also takes an `offset`. Block k reads from block k-1's `nextCursor`;
 * a block reached by a scrollbar jump (cursor unknown) is asked for by `offset` instead.
 * The caller turns a window into its own API call (query, filters) and hears of each block.
 * A deep jump may land about (not exactly) at its row: the grid reads on from there by keyset.
 */
export function createOffsetKeysetDatasource<P extends OffsetKeysetPage>(
  fetchWindow: (window: KeysetWindow) => Observable<P>,
  listener: KeysetPageListener<P>,
): IDatasource {
  const cursorAt = new Map<number, string>();
  const keepTotal = totalKeeper();
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
          const total = keepTotal(page, startRow);
          params.successCallback([...page.items], lastRowAfter(page, startRow, endRow, total));
          listener.loaded(page, total);
        },
        error: (error: unknown) => {
          params.failCallback();
          listener.failed(toApiErrorInfo(error));
        },
      });
    },
  };
}
