import { inject } from '@angular/core';
import type { JobEvent, ReviewNeighbours, TechnicianOption } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { type Observable, catchError, concatMap, debounceTime, distinctUntilChanged, exhaustMap, filter, forkJoin, map, of, switchMap, withLatestFrom } from 'rxjs';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { ReviewApiActions, ReviewLiveActions, ReviewPageActions, ReviewQueuePageActions } from './review.actions';
import { reviewFeature } from './review.feature';
import { ReviewApi } from './review-api';
import { paramsFromFilters } from './review-query';
import { apiProblem, notice, notifyEffect } from '../../../core/notifications/notify-effect';
import { navigateEffect, route } from '../../../core/router/navigate-effect';

export * from './review-take-backs.effects';

const LIVE_TYPES = ['job.updated', 'job.status_changed', 'job.returned'];
const noNeighbours: ReviewNeighbours = { previous: null, next: null };

/** Reads the job, then its history and neighbours; a quiet load (live, after a 412) keeps the page on screen when it fails. */
export const loadJob = createEffect(
  (actions$ = inject(Actions), api = inject(ReviewApi)) =>
    actions$.pipe(
      ofType(ReviewPageActions.opened, ReviewPageActions.retried, ReviewLiveActions.jobChangedElsewhere, ReviewApiActions.writeStale),
      map((action) => ({ number: action.number, quiet: action.type === ReviewLiveActions.jobChangedElsewhere.type || action.type === ReviewApiActions.writeStale.type })),
      // The latest number wins: a load for a job no longer on screen is dropped.
      switchMap(({ number, quiet }) =>
        api.byNumber(number).pipe(
          switchMap((job) =>
            forkJoin([
              api.events(job.id).pipe(catchError(() => of([] as JobEvent[]))),
              api.neighbours(number).pipe(catchError(() => of(noNeighbours))),
            ]).pipe(map(([events, neighbours]) => ReviewApiActions.jobLoaded({ job, events, neighbours }))),
          ),
          catchError((error: unknown) => of(ReviewApiActions.jobLoadFailed({ number, error: toApiErrorInfo(error), quiet }))),
        ),
      ),
    ),
  { functional: true },
);

/** The correct-answer dialog says whether a correction clears the signatures; read once per visit. */
export const loadSettings = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(ReviewApi)) =>
    actions$.pipe(
      ofType(ReviewPageActions.opened),
      withLatestFrom(store.select(reviewFeature.selectClearsSignatures)),
      filter(([, known]) => known === null),
      exhaustMap(() =>
        api.signaturesClearedOnEdit().pipe(
          map((clearsSignatures) => ReviewApiActions.settingsLoaded({ clearsSignatures })),
          catchError(() => of(ReviewApiActions.settingsLoaded({ clearsSignatures: null }))),
        ),
      ),
    ),
  { functional: true },
);

/** Live: someone else changed the job on screen (a version the page has not seen yet). */
export const reloadOnLiveChange = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(LiveEventsActions.received),
      withLatestFrom(store.select(reviewFeature.selectJob)),
      filter(([{ event }, job]) => !!job && LIVE_TYPES.includes(event.type) && event.payload['jobId'] === job.id),
      filter(([{ event }, job]) => typeof event.payload['version'] !== 'number' || event.payload['version'] !== job!.version),
      map(([, job]) => ReviewLiveActions.jobChangedElsewhere({ number: job!.number })),
    ),
  { functional: true },
);

/** Every write sends the version on screen (If-Match), then re-reads the history; a 412 reloads the job. */
export const writeJob = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(ReviewApi)) =>
    actions$.pipe(
      ofType(ReviewPageActions.validateConfirmed, ReviewPageActions.reopenSubmitted, ReviewPageActions.correctionSubmitted),
      withLatestFrom(store.select(reviewFeature.selectJob), store.select(reviewFeature.selectEvents)),
      concatMap(([action, job, events]) => {
        if (!job) return of(ReviewApiActions.writeFailed({ error: { status: 0, code: 'unexpected', message: 'No job' } }));
        const withEvents = (call: Observable<JobDetail>) =>
          call.pipe(switchMap((fresh) => api.events(fresh.id).pipe(catchError(() => of(events)), map((latest) => ({ fresh, latest })))));
        let done: Observable<ReturnType<typeof ReviewApiActions.validated | typeof ReviewApiActions.reopened | typeof ReviewApiActions.corrected>>;
        if (action.type === ReviewPageActions.validateConfirmed.type) {
          done = withEvents(api.validate(job.id, job.version)).pipe(
            map(({ fresh, latest }) => ReviewApiActions.validated({ job: fresh, events: latest, next: action.next })),
          );
        } else if (action.type === ReviewPageActions.reopenSubmitted.type) {
          done = withEvents(api.reopen(job.id, job.version, action.reason)).pipe(
            map(({ fresh, latest }) => ReviewApiActions.reopened({ job: fresh, events: latest })),
          );
        } else {
          done = withEvents(api.correctAnswer(job.id, job.version, action.fieldId, action.input)).pipe(
            map(({ fresh, latest }) => ReviewApiActions.corrected({ job: fresh, events: latest, fieldLabel: action.fieldLabel })),
          );
        }
        return done.pipe(
          catchError((error: unknown) => {
            const info = toApiErrorInfo(error);
            return of(info.status === 412 ? ReviewApiActions.writeStale({ number: job.number }) : ReviewApiActions.writeFailed({ error: info }));
          }),
        );
      }),
    ),
  { functional: true },
);

export const announceWrites = notifyEffect(
  notice(ReviewApiActions.validated, ({ job }) => ({ key: 'review.validate.done', params: { number: job.number } })),
  notice(ReviewApiActions.reopened, ({ job }) => ({ key: 'review.reopen.done', params: { number: job.number } })),
  notice(ReviewApiActions.corrected, ({ fieldLabel }) => ({ key: 'review.correct.done', params: { field: fieldLabel } })),
  notice(ReviewApiActions.writeStale, 'review.stale'),
  notice(ReviewApiActions.writeFailed, apiProblem),
);

/** Validated: on to the next job in the queue, or back to the queue. */
export const openNextAfterValidate = navigateEffect(route(ReviewApiActions.validated, ({ next }) => (next ? ['/review', next] : ['/review'])));

export const openJob = navigateEffect(
  route(ReviewPageActions.neighbourChosen, ({ number }) => ['/review', number]),
  route(ReviewQueuePageActions.jobOpened, ({ number }) => ['/review', number]),
);

/** The queue's filters live in the URL. */
export const writeFiltersToUrl = navigateEffect(
  route(ReviewQueuePageActions.filtersChanged, ({ filters }) => ({
    commands: ['/review'],
    extras: { queryParams: paramsFromFilters(filters), queryParamsHandling: 'merge' },
  })),
  route(ReviewQueuePageActions.filtersCleared, () => ({ commands: ['/review'], extras: { queryParams: {} } })),
);

export const loadTechnicians = createEffect(
  (actions$ = inject(Actions), api = inject(ReviewApi)) =>
    actions$.pipe(
      ofType(ReviewQueuePageActions.opened),
      exhaustMap(() =>
        api.technicians().pipe(
          catchError(() => of([] as TechnicianOption[])),
          map((technicians) => ReviewApiActions.techniciansLoaded({ technicians })),
        ),
      ),
    ),
  { functional: true },
);

/** Customers whose name starts with what was typed (the customer filter); the latest search wins. */
export const searchCustomers = createEffect(
  (actions$ = inject(Actions), api = inject(ReviewApi), waitMs = 250) =>
    actions$.pipe(
      ofType(ReviewQueuePageActions.customerSearched),
      map(({ q }) => q.trim()),
      debounceTime(waitMs),
      distinctUntilChanged(),
      switchMap((q) => (q ? api.customers(q).pipe(catchError(() => of([]))) : of([]))),
      map((customers) => ReviewApiActions.customersFound({ customers })),
    ),
  { functional: true },
);
