import type { ReviewQueueItem, ReviewQueuePage, ReviewQueueQuery } from '@contract';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { Observable } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';

export interface ReviewBlockListener {
  loaded(total: number): void;
  failed(error: ApiErrorInfo): void;
}

export type FetchReviewPage = (query: ReviewQueueQuery, limit: number, cursor?: string) => Observable<ReviewQueuePage>;

/**
 * ag-grid infinite rows over keyset pages of `GET /api/review/queue` (oldest returned first).
 * Block k starts from block k-1's `nextCursor`; the queue has no offsets, so a block whose cursor
 * is not known yet (a scrollbar jump) is answered empty and asked for again once reached in order.
 */
export function createReviewDatasource(fetchPage: FetchReviewPage, query: ReviewQueueQuery, listener: ReviewBlockListener): IDatasource {
  const cursorAt = new Map<number, string>();
  return {
    getRows(params: IGetRowsParams) {
      const { startRow, endRow } = params;
      const cursor = cursorAt.get(startRow);
      if (startRow > 0 && !cursor) {
        params.failCallback();
        return;
      }
      fetchPage(query, endRow - startRow, cursor).subscribe({
        next: (page) => {
          if (page.nextCursor) cursorAt.set(endRow, page.nextCursor);
          const lastRow = page.nextCursor ? Math.max(page.total, endRow + 1) : startRow + page.items.length;
          params.successCallback(page.items as ReviewQueueItem[], lastRow);
          listener.loaded(page.total);
        },
        error: (error: unknown) => {
          params.failCallback();
          listener.failed(toApiErrorInfo(error));
        },
      });
    },
  };
}
