import { Injectable, inject } from '@angular/core';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { JobPage, JobSummary } from '@contract/jobs-list';
import { Actions } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import type { Observable } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import { type JobQuery, filterParams } from './job-query';
import { JobsApi, type JobPageRequest } from './jobs-api';
import { JobsApiActions } from './jobs.actions';
import { liveJobChanges, refreshedRows } from './live-job-changes';

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

/**
 * The jobs grid's rows stream past the store (infinite row model): only each block's total and
 * failures come back to it as actions, and live changes replace loaded rows in place.
 */
@Injectable({ providedIn: 'root' })
export class JobsDatasource {
  private readonly api = inject(JobsApi);
  private readonly store = inject(Store);
  private readonly actions$ = inject(Actions);

  /** A new datasource per query (and per retry): the grid starts again from the first block. */
  create(query: JobQuery): IDatasource {
    return createJobDatasource((request) => this.api.list(request), query, {
      loaded: (total) => this.store.dispatch(JobsApiActions.listBlockLoaded({ query, total })),
      failed: (error) => this.store.dispatch(JobsApiActions.listBlockFailed({ query, error })),
    });
  }

  /** A job changed elsewhere, re-read for the row the grid has loaded (see `refreshedRows`). */
  liveRows(loadedVersion: (jobId: string) => number | undefined): Observable<JobSummary> {
    return refreshedRows(liveJobChanges(this.actions$), loadedVersion, (jobId) => this.api.get(jobId));
  }
}
