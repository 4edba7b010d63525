import type { JobDetail } from '@contract/jobs';
import type { JobSummary } from '@contract/jobs-list';
import { ofType } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { EMPTY, type Observable, catchError, debounceTime, filter, groupBy, map, mergeMap, switchMap, timer } from 'rxjs';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import { summaryOf } from './job-summary';

const JOB_EVENTS: readonly string[] = ['job.updated', 'job.status_changed', 'job.returned'];

export interface LiveJobChange {
  jobId: string;
  /** The job's version after the change, when the event says it. */
  version: number | null;
}

/** The live events that change a job, as `{ jobId, version }`. */
export function liveJobChanges(actions$: Observable<Action>): Observable<LiveJobChange> {
  return actions$.pipe(
    ofType(LiveEventsActions.received),
    filter(({ event }) => JOB_EVENTS.includes(event.type) && typeof event.payload['jobId'] === 'string'),
    map(({ event }) => {
      const version = Number(event.payload['version']);
      return { jobId: event.payload['jobId'] as string, version: Number.isInteger(version) ? version : null };
    }),
  );
}

/**
 * Fresh rows for the jobs the grid has loaded, and only those: a change to a job that is not on
 * screen costs nothing, a row already at that version is not fetched again, and a burst of events
 * on one job (a technician filling a report) becomes one request.
 */
export function refreshedRows(
  changes$: Observable<LiveJobChange>,
  loadedVersion: (jobId: string) => number | undefined,
  fetchJob: (jobId: string) => Observable<JobDetail>,
  quietMs = 300,
): Observable<JobSummary> {
  const stale = ({ jobId, version }: LiveJobChange) => {
    const loaded = loadedVersion(jobId);
    return loaded !== undefined && (version === null || version > loaded);
  };
  return changes$.pipe(
    filter(stale),
    groupBy((change) => change.jobId, { duration: () => timer(quietMs * 20) }),
    mergeMap((changes) =>
      changes.pipe(
        debounceTime(quietMs),
        // Scrolled away meanwhile: nothing to refresh.
        filter(stale),
        switchMap(({ jobId }) => fetchJob(jobId).pipe(catchError(() => EMPTY))),
      ),
    ),
    map(summaryOf),
  );
}
