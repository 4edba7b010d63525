import { jobDetail } from '../../../../testing/job-fixtures';
import { ReviewApiActions, ReviewPageActions, ReviewQueueGridActions, ReviewQueuePageActions } from './review.actions';
import { type ReviewState, initialReviewState, reviewFeature } from './review.feature';

const reduce = (state: ReviewState, ...actions: Parameters<typeof reviewFeature.reducer>[1][]) => actions.reduce(reviewFeature.reducer, state);
const returned = jobDetail({ status: 'completed', version: 7 });
const shown: ReviewState = {
  ...initialReviewState,
  job: returned,
  neighbours: { previous: 'J-000100', next: 'J-000130' },
  load: 'loaded',
};
const conflict = { status: 409, code: 'invalid_transition', message: 'No' };

describe('review feature', () => {
  it('loads the job, its history and its neighbours in the queue', () => {
    const state = reduce(
      initialReviewState,
      ReviewPageActions.opened({ number: 'J-000123' }),
      ReviewApiActions.jobLoaded({ job: returned, events: [], neighbours: { previous: 'J-000100', next: 'J-000130' } }),
    );
    expect(state.load).toBe('loaded');
    expect(state.job?.number).toBe('J-000123');
    expect(state.neighbours).toEqual({ previous: 'J-000100', next: 'J-000130' });
  });

  it('shows a failed load, but a failed quiet reload (live, after a 412) keeps the page as it is', () => {
    expect(reduce(shown, ReviewApiActions.jobLoadFailed({ number: 'J-000123', error: conflict, quiet: true }))).toBe(shown);
    expect(reduce(shown, ReviewApiActions.jobLoadFailed({ number: 'J-000123', error: conflict, quiet: false })).load).toEqual({ error: conflict });
  });

  it('is busy while a write is on its way and keeps the written job', () => {
    const busy = reduce(shown, ReviewPageActions.validateConfirmed({ next: 'J-000130' }));
    expect(busy.busy).toBeTrue();
    const done = reduce(busy, ReviewApiActions.validated({ job: jobDetail({ status: 'validated', version: 8 }), events: [], next: 'J-000130' }));
    expect(done.busy).toBeFalse();
    expect(done.job?.status).toBe('validated');
  });

  it('is no longer busy after a refused or stale write, and keeps the job on screen', () => {
    for (const ended of [ReviewApiActions.writeFailed({ error: conflict }), ReviewApiActions.writeStale({ number: 'J-000123' })]) {
      const state = reduce(shown, ReviewPageActions.reopenSubmitted({ reason: 'Photo missing' }), ended);
      expect(state.busy).toBeFalse();
      expect(state.job).toBe(returned);
    }
  });

  it('forgets the job when the page closes (live events stop reloading it) but keeps the queue', () => {
    const withQueue = reduce(shown, ReviewQueueGridActions.blockLoaded({ total: 4 }));
    const closed = reduce(withQueue, ReviewPageActions.closed());
    expect(closed.job).toBeNull();
    expect(closed.queue.total).toBe(4);
  });

  it('follows the queue grid: loading on open, filter and retry (a new attempt), then its total or its failure', () => {
    const opened = reduce(initialReviewState, ReviewQueueGridActions.blockLoaded({ total: 3 }), ReviewQueuePageActions.opened());
    expect(opened.queue.callState).toBe('loading');
    const retried = reduce(opened, ReviewQueueGridActions.blockFailed({ error: conflict }), ReviewQueuePageActions.retried());
    expect(retried.queue).toEqual(jasmine.objectContaining({ callState: 'loading', attempt: 1 }));
    expect(reduce(retried, ReviewQueueGridActions.blockLoaded({ total: 0 })).queue.callState).toBe('loaded');
  });

  it('shows the queue as loading, loaded, empty or failed', () => {
    const view = reviewFeature.selectQueueView.projector;
    const queue = initialReviewState.queue;
    expect(view({ ...queue, callState: 'loading' })).toBe('loading');
    expect(view({ ...queue, callState: 'loaded', total: 2 })).toBe('loaded');
    expect(view({ ...queue, callState: 'loaded', total: 0 })).toBe('empty');
    expect(view({ ...queue, callState: { error: conflict } })).toEqual({ error: conflict });
  });

  it('says whether the job waits for review and what failed', () => {
    expect(reviewFeature.selectIsReturned.projector(returned)).toBeTrue();
    expect(reviewFeature.selectIsReturned.projector(jobDetail({ status: 'validated' }))).toBeFalse();
    expect(reviewFeature.selectLoadError.projector({ error: conflict })).toEqual(conflict);
    expect(reviewFeature.selectLoadError.projector('loading')).toBeNull();
  });
});
