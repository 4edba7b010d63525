import { Injectable, inject } from '@angular/core';
import type { JobPage, JobSummary } from '@contract/jobs-list';
import type { IDatasource } from 'ag-grid-community';
import { Actions } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import type { Observable } from 'rxjs';
import { type BlockTotalListener, createOffsetKeysetDatasource, reportTotals } from '../../../shared/util/offset-keyset-datasource';
import { type JobQuery, filterParams } from './job-query';
import { JobsApi, type JobPageRequest } from './jobs-api';
import { JobsApiActions } from './jobs.actions';
import { liveJobChanges, refreshedRows } from './live-job-changes';

/**
 * Keyset pages of `GET /api/jobs` as an ag-grid infinite datasource (see `createKeysetDatasource`).
 * The server filters and sorts (the query, not the grid's own sort model, decides).
 */
export function createJobDatasource(
  fetchPage: (request: JobPageRequest) => Observable<JobPage>,
  query: JobQuery,
  listener: BlockTotalListener,
): IDatasource {
  const filters = filterParams(query);
  return createOffsetKeysetDatasource((window) => fetchPage({ filters, ...window }), reportTotals(listener));
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
