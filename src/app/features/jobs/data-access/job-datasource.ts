import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { JobPage, JobSummary } from '@contract/jobs-list';
import type { Observable } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import { type JobQuery, filterParams } from './job-query';
import type { JobPageRequest } from './jobs-api';

export interface JobBlockListener {
  loaded(total: number): void;
  failed(error: ApiErrorInfo): void;
}

/**
 * ag-grid infinite row model over keyset pages of `GET /api/jobs`. The server filters and sorts
 * (the query, not the grid's own sort model, decides). Block k reads from block k-1's `nextCursor`;
 * a block reached by a scrollbar jump (cursor unknown) is asked for by `offset` instead.
 */
export function createJobDatasource(
  fetchPage: (request: JobPageRequest) => Observable<JobPage>,
  query: JobQuery,
  listener: JobBlockListener,
): IDatasource {
  const filters = filterParams(query);
  const cursorAt = new Map<number, string>();
  return {
    getRows(params: IGetRowsParams) {
      const { startRow, endRow } = params;
      const request: JobPageRequest = { filters, limit: endRow - startRow };
      const cursor = cursorAt.get(startRow);
      if (cursor) request.cursor = cursor;
      else if (startRow > 0) request.offset = startRow;
      fetchPage(request).subscribe({
        next: (page) => {
          if (page.nextCursor) cursorAt.set(endRow, page.nextCursor);
          const lastRow = page.nextCursor ? page.total : startRow + page.items.length;
          params.successCallback(page.items as JobSummary[], lastRow);
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
