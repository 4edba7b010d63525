import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { EMPTY, catchError, concatMap, exhaustMap, filter, map, mergeMap, switchMap, tap, withLatestFrom } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { DeclinedJobsPageActions, JobListPageActions, JobsApiActions, JobsRouterActions } from './jobs.actions';
import { JobsApi } from './jobs-api';
import { jobsFeature } from './jobs.feature';
import { selectListQueryFromUrl } from './jobs.selectors';
import { defaultJobQuery, queryToParams, sameQuery } from './job-query';
import { nextQuery } from './next-query';
import { summaryOf } from './job-summary';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { notice, notifyEffect } from '../../../core/notifications/notify-effect';
import { navigateEffect, route } from '../../../core/router/navigate-effect';
import { queryFromUrlEffect } from '../../../shared/data/query-from-url-effect';

const DECLINED_PAGE_SIZE = 50;

export const readListQueryFromUrl = queryFromUrlEffect(selectListQueryFromUrl, sameQuery, (query) => JobsRouterActions.listQueryChanged({ query }));

export const writeListQueryToUrl = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) =>
    actions$.pipe(
      ofType(
        JobListPageActions.filtersChanged,
        JobListPageActions.viewChosen,
        JobListPageActions.sortChanged,
        JobListPageActions.filtersCleared,
      ),
      withLatestFrom(store.select(jobsFeature.selectQuery)),
      tap(([action, current]) => {
        const next = nextQuery(current ?? defaultJobQuery, action);
        if (!sameQuery(next, current)) void router.navigate(['/jobs'], { queryParams: queryToParams(next) });
      }),
    ),
  { functional: true, dispatch: false },
);

export const openJob = navigateEffect(route(JobListPageActions.jobOpened, ({ number }) => ['/jobs', number]));

/** The file streams as a plain download; say it started, since the browser may show nothing for a while. */
export const announceExport = notifyEffect(notice(JobListPageActions.exportStarted, 'jobs.list.exportStarted'));

export const loadDeclined = apiEffect(JobsApi, switchMap, {
  on: [DeclinedJobsPageActions.opened, DeclinedJobsPageActions.retried],
  call: (api) => api.list({ filters: { view: 'declined' }, limit: DECLINED_PAGE_SIZE }),
  succeeded: (page) => JobsApiActions.declinedLoaded({ page, append: false }),
  failed: (error) => JobsApiActions.declinedLoadFailed({ error }),
});

export const loadMoreDeclined = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(JobsApi)) =>
    actions$.pipe(
      ofType(DeclinedJobsPageActions.moreRequested),
      withLatestFrom(store.select(jobsFeature.selectDeclined)),
      filter(([, declined]) => declined.nextCursor !== null),
      exhaustMap(([, declined]) =>
        callApi(
          api.list({ filters: { view: 'declined' }, limit: DECLINED_PAGE_SIZE, cursor: declined.nextCursor! }),
          (page) => JobsApiActions.declinedLoaded({ page, append: true }),
          (error) => JobsApiActions.declinedLoadFailed({ error }),
        ),
      ),
    ),
  { functional: true },
);

export const rescheduleJob = apiEffect(JobsApi, concatMap, {
  on: [DeclinedJobsPageActions.rescheduleSubmitted],
  call: (api, { job, input }) => api.reschedule(job.id, job.version, input),
  succeeded: (updated) => JobsApiActions.rescheduled({ job: updated }),
  failed: (error, { job }) => JobsApiActions.rescheduleFailed({ jobId: job.id, error }),
});

export const announceRescheduled = notifyEffect(
  notice(JobsApiActions.rescheduled, ({ job }) => ({ key: 'jobs.declined.rescheduled', params: { number: job.number } })),
);

/** Someone changed the job first (412), or it already left the queue (409): say so and show it as it is now. */
export const reloadChangedDeclinedJob = createEffect(
  (actions$ = inject(Actions), api = inject(JobsApi), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(JobsApiActions.rescheduleFailed),
      tap(({ error }) => {
        if (error.status === 412 || error.status === 409) notifier.info('jobs.declined.changedMeanwhile');
        else notifier.error(error);
      }),
      filter(({ error }) => error.status === 412 || error.status === 409),
      mergeMap(({ jobId }) =>
        api.get(jobId).pipe(
          map((job) => JobsApiActions.declinedRowReloaded({ job: summaryOf(job) })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);

export * from './job-pickers.effects';
