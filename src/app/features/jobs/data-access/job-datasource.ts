import { Injectable, inject } from '@angular/core';
import type { JobPage, JobSummary } from '@contract/jobs-list';
import type { IDatasource } from 'ag-grid-community';
import { Actions } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import type { Observable } from 'rxjs';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { type ListTotal, createOffsetKeysetDatasource } from '../../../shared/util/offset-keyset-datasource';
import { type JobQuery, filterParams } from './job-query';
import { JobsApi, type JobPageRequest } from './jobs-api';
import { JobsApiActions } from './jobs.actions';
import { liveJobChanges, refreshedRows } from './live-job-changes';

/**
 * Keyset pages of `GET /api/jobs` as an ag-grid infinite datasource (see `createKeysetDatasource`).
 * The server filters and sorts (the query, not the grid's own sort model, decides).
 */
/** What the jobs page hears of each block: the list's total (kept from the first block, maybe an estimate), or why it failed. */
export interface JobBlockListener {
  loaded(total: ListTotal): void;
  failed(error: ApiErrorInfo): void;
}

export function createJobDatasource(
  fetchPage: (request: JobPageRequest) => Observable<JobPage>,
  query: JobQuery,
  listener: JobBlockListener,
): IDatasource {
  const filters = filterParams(query);
  return createOffsetKeysetDatasource((window) => fetchPage({ filters, ...window }), {
    loaded: (_page, total) => listener.loaded(total),
    failed: (error) => listener.failed(error),
  });
}

/**
 * The jobs grid's rows stream past the store (infinite row model): only the list's total (the first
 * block's, exact or an estimate) and
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
      loaded: ({ count, estimate }) => this.store.dispatch(JobsApiActions.listBlockLoaded({ query, total: count, totalIsEstimate: estimate })),
      failed: (error) => this.store.dispatch(JobsApiActions.listBlockFailed({ query, error })),
    });
  }

  /** A job changed elsewhere, re-read for the row the grid has loaded (see `refreshedRows`). */
  liveRows(loadedVersion: (jobId: string) => number | undefined): Observable<JobSummary> {
    return refreshedRows(liveJobChanges(this.actions$), loadedVersion, (jobId) => this.api.get(jobId));
  }
}
