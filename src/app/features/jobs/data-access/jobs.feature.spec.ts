import { DeclinedJobsPageActions, JobsApiActions, JobsRouterActions } from './jobs.actions';
import { jobsFeature, initialJobsState } from './jobs.feature';
import { defaultJobQuery } from './job-query';
import { jobDetail, jobSummary } from '../testing/job-fixtures';

describe('jobs reducer', () => {
  const reducer = jobsFeature.reducer;
  const query = { ...defaultJobQuery, view: 'late' as const };
  const declined = (n: number) => jobSummary(n, { status: 'created', declinedAt: '2026-11-25T16:00:00.000Z', declineReason: 'Sick' });

  it('takes the query from the URL, waits for the first block and ignores late blocks of an older query', () => {
    let state = reducer(initialJobsState, JobsRouterActions.listQueryChanged({ query }));
    expect(state.list).toBe('loading');
    state = reducer(state, JobsApiActions.listBlockLoaded({ query: defaultJobQuery, total: 9999, totalIsEstimate: false }));
    expect(state.total).toBeNull();
    state = reducer(state, JobsApiActions.listBlockLoaded({ query, total: 0, totalIsEstimate: false }));
    expect(jobsFeature.selectListView.projector(state.query, state.total, state.totalIsEstimate, state.list)).toEqual({
      query,
      total: 0,
      totalIsEstimate: false,
      callState: 'loaded',
      isEmpty: true,
      filtered: true,
    });
  });

  it('keeps whether the total is an estimate, until the query changes', () => {
    let state = reducer(initialJobsState, JobsRouterActions.listQueryChanged({ query }));
    state = reducer(state, JobsApiActions.listBlockLoaded({ query, total: 700_000, totalIsEstimate: true }));
    expect([state.total, state.totalIsEstimate]).toEqual([700_000, true]);
    state = reducer(state, JobsRouterActions.listQueryChanged({ query: defaultJobQuery }));
    expect([state.total, state.totalIsEstimate]).toEqual([null, false]);
  });

  it('drops a rescheduled job from the declined queue', () => {
    let state = reducer(initialJobsState, DeclinedJobsPageActions.opened());
    state = reducer(state, JobsApiActions.declinedLoaded({ page: { items: [declined(1), declined(2)], total: 2, totalIsEstimate: false, nextCursor: null }, append: false }));
    state = reducer(state, DeclinedJobsPageActions.rescheduleSubmitted({ job: declined(1), input: { plannedStart: 'a', plannedEnd: 'b' } }));
    expect(state.reschedulingId).toBe('j-1');
    state = reducer(state, JobsApiActions.rescheduled({ job: jobDetail({ id: 'j-1', status: 'scheduled' }) }));
    expect(state.declined.items.map((j) => j.id)).toEqual(['j-2']);
    expect(state.declined.total).toBe(1);
    expect(state.reschedulingId).toBeNull();
  });

  it('shows a reloaded declined job as it is now, or drops it once it left the queue', () => {
    let state = reducer(
      initialJobsState,
      JobsApiActions.declinedLoaded({ page: { items: [declined(1), declined(2)], total: 2, totalIsEstimate: false, nextCursor: null }, append: false }),
    );
    state = reducer(state, JobsApiActions.declinedRowReloaded({ job: { ...declined(1), declineReason: 'Van broken', version: 3 } }));
    expect(state.declined.items[0]!.declineReason).toBe('Van broken');
    state = reducer(state, JobsApiActions.declinedRowReloaded({ job: { ...declined(2), status: 'scheduled' } }));
    expect(state.declined.items.map((j) => j.id)).toEqual(['j-1']);
  });

  it('appends the next page without repeating a job', () => {
    let state = reducer(initialJobsState, JobsApiActions.declinedLoaded({ page: { items: [declined(1)], total: 3, totalIsEstimate: false, nextCursor: 'k1' }, append: false }));
    state = reducer(state, JobsApiActions.declinedLoaded({ page: { items: [declined(1), declined(2)], total: null, totalIsEstimate: false, nextCursor: null }, append: true }));
    expect(state.declined.items.map((j) => j.id)).toEqual(['j-1', 'j-2']);
    expect(state.declined.nextCursor).toBeNull();
    expect(state.declined.total).toBe(3, 'the first page’s count stays');
  });
});
