import type { CustomerSummary, JobEvent, ReviewNeighbours, TechnicianOption } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { type CallState, callError } from '../../../shared/util/call-state';
import { ReviewApiActions, ReviewPageActions, ReviewQueueGridActions, ReviewQueuePageActions } from './review.actions';

/** The queue's rows stream past the store (infinite row model): only its total, call state and pickers live here. */
export interface ReviewQueueState {
  total: number;
  callState: CallState;
  /** Bumped by "retry": the page gives the grid a fresh datasource. */
  attempt: number;
  technicians: TechnicianOption[];
  customerMatches: CustomerSummary[];
}

/** The job under review (from the URL's number), its history, its neighbours in the queue, and the queue. */
export interface ReviewState {
  job: JobDetail | null;
  events: JobEvent[];
  neighbours: ReviewNeighbours;
  load: CallState;
  /** A write is on its way. */
  busy: boolean;
  /** Whether correcting an answer clears the signatures; null when unknown. */
  clearsSignatures: boolean | null;
  queue: ReviewQueueState;
}

export const initialReviewState: ReviewState = {
  job: null,
  events: [],
  neighbours: { previous: null, next: null },
  load: 'idle',
  busy: false,
  clearsSignatures: null,
  queue: { total: 0, callState: 'loading', attempt: 0, technicians: [], customerMatches: [] },
};

/** The queue as the page shows it: an answered empty queue is its own state. */
export type ReviewQueueView = 'loading' | 'loaded' | 'empty' | { error: NonNullable<ReturnType<typeof callError>> };

export const reviewFeature = createFeature({
  name: 'review',
  reducer: createReducer(
    initialReviewState,
    on(ReviewPageActions.opened, ReviewPageActions.retried, (state): ReviewState => ({ ...state, load: 'loading' })),
    // Leaving the page forgets the job, so live events stop reloading it.
    on(ReviewPageActions.closed, (state): ReviewState => ({ ...initialReviewState, queue: state.queue })),
    on(ReviewApiActions.jobLoaded, (state, { job, events, neighbours }): ReviewState => ({ ...state, job, events, neighbours, load: 'loaded' })),
    // A quiet reload (live, after a 412) that fails keeps the page as it is.
    on(ReviewApiActions.jobLoadFailed, (state, { error, quiet }): ReviewState => (quiet ? state : { ...state, load: { error } })),
    on(ReviewApiActions.settingsLoaded, (state, { clearsSignatures }): ReviewState => ({ ...state, clearsSignatures })),
    on(
      ReviewPageActions.validateConfirmed,
      ReviewPageActions.reopenSubmitted,
      ReviewPageActions.correctionSubmitted,
      ReviewPageActions.takeBackMoveConfirmed,
      ReviewPageActions.takeBackSerialCorrected,
      (state): ReviewState => ({ ...state, busy: true }),
    ),
    on(
      ReviewApiActions.validated,
      ReviewApiActions.reopened,
      ReviewApiActions.corrected,
      ReviewApiActions.takeBackSettled,
      (state, { job, events }): ReviewState => ({ ...state, job, events, busy: false }),
    ),
    on(ReviewApiActions.writeStale, ReviewApiActions.writeFailed, (state): ReviewState => ({ ...state, busy: false })),
    // Back on the queue: its last total is stale until the grid's first block answers.
    on(ReviewQueuePageActions.opened, ReviewQueuePageActions.filtersChanged, (state): ReviewState => ({ ...state, queue: { ...state.queue, callState: 'loading' } })),
    on(ReviewQueuePageActions.retried, (state): ReviewState => ({
      ...state,
      queue: { ...state.queue, callState: 'loading', attempt: state.queue.attempt + 1 },
    })),
    on(ReviewQueueGridActions.blockLoaded, (state, { total }): ReviewState => ({ ...state, queue: { ...state.queue, total, callState: 'loaded' } })),
    on(ReviewQueueGridActions.blockFailed, (state, { error }): ReviewState => ({ ...state, queue: { ...state.queue, callState: { error } } })),
    on(ReviewApiActions.techniciansLoaded, (state, { technicians }): ReviewState => ({ ...state, queue: { ...state.queue, technicians } })),
    on(ReviewApiActions.customersFound, (state, { customers }): ReviewState => ({ ...state, queue: { ...state.queue, customerMatches: customers } })),
  ),
  extraSelectors: ({ selectJob, selectLoad, selectQueue }) => ({
    selectLoadError: createSelector(selectLoad, callError),
    selectIsLoading: createSelector(selectLoad, (load) => load === 'loading'),
    selectIsReturned: createSelector(selectJob, (job) => job?.status === 'completed'),
    /** Take-backs of a serial recorded somewhere else that the office has not settled yet. */
    selectOpenDiscrepancies: createSelector(selectJob, (job) => (job?.report.takeBacks ?? []).filter((t) => !!t.discrepancy && !t.discrepancy.resolution)),
    selectQueueView: createSelector(selectQueue, (queue): ReviewQueueView => {
      if (typeof queue.callState === 'object') return queue.callState;
      if (queue.callState === 'loaded') return queue.total ? 'loaded' : 'empty';
      return 'loading';
    }),
  }),
});
