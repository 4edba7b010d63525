import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { type Observable, catchError, concatMap, distinctUntilChanged, filter, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import type { JobDetail } from '@contract/jobs';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import { Notifier } from '../../../core/notifications/notifier';
import { JobDetailApi } from './job-detail-api';
import { JobDetailApiActions, JobDetailLiveActions, JobFormPageActions, JobPageActions, type JobPageCommand } from './job-detail.actions';
import { selectJob } from './job-detail.feature';
import { PREVIOUS_JOBS_SHOWN } from './previous-jobs';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { notice, notifyEffect, problemNotShownInForm } from '../../../core/notifications/notify-effect';

const LIVE_TYPES = ['job.updated', 'job.status_changed', 'job.returned'];

/** switchMap: opening another job replaces a load still under way. */
export const loadJob = createEffect(
  (actions$ = inject(Actions), api = inject(JobDetailApi)) =>
    actions$.pipe(
      ofType(JobPageActions.opened, JobPageActions.retried, JobFormPageActions.opened, JobFormPageActions.latestVersionRequested),
      map((action) => action.number),
      filter((number): number is string => number !== null),
      switchMap((number) =>
        callApi(
          api.byNumber(number),
          (job) => JobDetailApiActions.jobLoaded({ job }),
          (error) => JobDetailApiActions.jobLoadFailed({ number, error }),
        ),
      ),
    ),
  { functional: true },
);

/** Someone changed the job on screen (here, on the board, in the technician's app): fetch it again, quietly. */
export const reloadShownJobWhenChanged = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(LiveEventsActions.received),
      filter(({ event }) => LIVE_TYPES.includes(event.type)),
      withLatestFrom(store.select(selectJob)),
      filter(([{ event }, shown]) => {
        if (!shown || event.payload['jobId'] !== shown.id) return false;
        const version = Number(event.payload['version']);
        return !Number.isFinite(version) || version > shown.version;
      }),
      map(([, shown]) => JobDetailLiveActions.shownJobChanged({ id: shown!.id })),
    ),
  { functional: true },
);

export const reloadJobQuietly = createEffect(
  (actions$ = inject(Actions), api = inject(JobDetailApi)) =>
    actions$.pipe(
      ofType(JobDetailLiveActions.shownJobChanged),
      switchMap(({ id }) =>
        api.get(id).pipe(
          map((job) => JobDetailApiActions.jobLoaded({ job })),
          // The job stays on screen as it was; the next event tries again.
          catchError(() => of()),
        ),
      ),
    ),
  { functional: true },
);

export const loadHistory = apiEffect(JobDetailApi, switchMap, {
  on: [JobPageActions.jobShown],
  call: (api, { jobId }) => api.events(jobId),
  succeeded: (events, { jobId }) => JobDetailApiActions.eventsLoaded({ jobId, events }),
  failed: (error, { jobId }) => JobDetailApiActions.eventsLoadFailed({ jobId, error }),
});

export const loadPreviousJobs = createEffect(
  (actions$ = inject(Actions), api = inject(JobDetailApi)) =>
    actions$.pipe(
      ofType(JobPageActions.jobShown),
      distinctUntilChanged((a, b) => a.customerId === b.customerId && a.jobId === b.jobId),
      switchMap(({ customerId }) =>
        // One more than shown: this job is among them and is left out.
        callApi(
          api.customerJobs(customerId, PREVIOUS_JOBS_SHOWN + 1),
          (page) => JobDetailApiActions.previousJobsLoaded({ customerId, page }),
          (error) => JobDetailApiActions.previousJobsLoadFailed({ customerId, error }),
        ),
      ),
    ),
  { functional: true },
);

function command(name: JobPageCommand, call: Observable<JobDetail | null | void>) {
  return callApi(
    call,
    (job) => JobDetailApiActions.commandSucceeded({ command: name, job: job ?? null }),
    (error) => JobDetailApiActions.commandFailed({ command: name, error }),
  );
}

/** concatMap: writes run in the order they were asked for. */
export const runCommand = createEffect(
  (actions$ = inject(Actions), api = inject(JobDetailApi)) =>
    actions$.pipe(
      ofType(
        JobPageActions.scheduleConfirmed,
        JobPageActions.rescheduleSubmitted,
        JobPageActions.cancelSubmitted,
        JobPageActions.duplicateRequested,
        JobPageActions.attachmentDeleteConfirmed,
      ),
      concatMap((action) => {
        switch (action.type) {
          case JobPageActions.scheduleConfirmed.type:
            return command('confirm_schedule', api.schedule(action.id, action.version));
          case JobPageActions.rescheduleSubmitted.type:
            return command('reschedule', api.reschedule(action.id, action.version, action.input));
          case JobPageActions.cancelSubmitted.type:
            return command('cancel', api.cancel(action.id, action.version, { reason: action.reason }));
          case JobPageActions.duplicateRequested.type:
            return command('duplicate', api.duplicate(action.id, action.version));
          default:
            return command('delete_attachment', api.deleteAttachment(action.jobId, action.attachmentId));
        }
      }),
    ),
  { functional: true },
);

/** The answer of a delete is empty: fetch the job again to drop the document from the list. */
export const reloadAfterAttachmentDeleted = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(JobDetailApiActions.commandSucceeded),
      filter(({ command }) => command === 'delete_attachment'),
      withLatestFrom(store.select(selectJob)),
      filter(([, job]) => job !== null),
      map(([, job]) => JobDetailLiveActions.shownJobChanged({ id: job!.id })),
    ),
  { functional: true },
);

export const openDuplicate = createEffect(
  (actions$ = inject(Actions), router = inject(Router), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(JobDetailApiActions.commandSucceeded),
      filter(({ command, job }) => command === 'duplicate' && job !== null),
      tap(({ job }) => {
        notifier.info('jobDetail.page.duplicated', { number: job!.number });
        void router.navigate(['/jobs', job!.number]);
      }),
    ),
  { functional: true, dispatch: false },
);

/** A duplicate is announced as it opens (openDuplicate). */
export const announceCommand = notifyEffect(
  notice(JobDetailApiActions.commandSucceeded, ({ command }) => (command === 'duplicate' ? null : { key: `jobDetail.page.done.${command}` })),
);

/** A refused or stale action: say why, and show the job as it is now. */
export const reportCommandFailure = createEffect(
  (actions$ = inject(Actions), store = inject(Store), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(JobDetailApiActions.commandFailed),
      tap(({ error }) => notifier.error(error)),
      filter(({ error }) => error.status === 409 || error.status === 412),
      withLatestFrom(store.select(selectJob)),
      filter(([, job]) => job !== null),
      map(([, job]) => JobDetailLiveActions.shownJobChanged({ id: job!.id })),
    ),
  { functional: true },
);

export const createJob = apiEffect(JobDetailApi, concatMap, {
  on: [JobFormPageActions.createSubmitted],
  call: (api, { input }) => api.create(input),
  succeeded: (job) => JobDetailApiActions.jobSaved({ job }),
  failed: (error) => JobDetailApiActions.saveFailed({ error }),
});

export const updateJob = apiEffect(JobDetailApi, concatMap, {
  on: [JobFormPageActions.updateSubmitted],
  call: (api, { id, version, patch }) => api.update(id, version, patch),
  succeeded: (job) => JobDetailApiActions.jobSaved({ job }),
  failed: (error) => JobDetailApiActions.saveFailed({ error }),
});

/** 400 and 412 are shown in the form itself; anything else gets a snackbar. */
export const reportSaveFailure = notifyEffect(notice(JobDetailApiActions.saveFailed, problemNotShownInForm));
export * from './job-form.effects';
export * from './job-lookups.effects';
