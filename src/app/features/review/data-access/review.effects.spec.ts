import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import type { LiveEvent } from '@contract';
import type { JobDetail } from '@contract/jobs';
import type { } from '@ngrx/effects';
import type { Store } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import { jobDetail } from '../../../../testing/job-fixtures';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import type { Notifier } from '../../../core/notifications/notifier';
import { ReviewApiActions, ReviewLiveActions, ReviewPageActions, ReviewQueuePageActions } from './review.actions';
import { announceWrites, loadJob, openNextAfterValidate, reloadOnLiveChange, searchCustomers, writeFiltersToUrl, writeJob } from './review.effects';
import { type ReviewState, initialReviewState } from './review.feature';
import type { ReviewApi } from './review-api';
import { noReviewFilters } from './review-query';
import { actionsOf, collect } from '../../../../testing/effects';

const returned = (overrides: Partial<JobDetail> = {}) => jobDetail({ status: 'completed', version: 7, ...overrides });
const failure = (status: number, code: string) => throwError(() => new HttpErrorResponse({ status, error: { error: { code, message: 'No' } } }));
const storeWith = (state: Partial<ReviewState>) =>
  ({ select: (selector: (root: unknown) => unknown) => of(selector({ review: { ...initialReviewState, ...state } })) }) as unknown as Store;

function fakeApi(overrides: Partial<Record<keyof ReviewApi, unknown>> = {}) {
  const api = jasmine.createSpyObj<ReviewApi>('ReviewApi', ['byNumber', 'events', 'neighbours', 'validate', 'reopen', 'correctAnswer', 'customers']);
  api.byNumber.and.returnValue(of(returned()));
  api.events.and.returnValue(of([]));
  api.neighbours.and.returnValue(of({ previous: 'J-000100', next: 'J-000130' }));
  Object.assign(api, overrides);
  return api;
}

describe('review effects', () => {
  it('loads the job, then its history and its neighbours in the queue', () => {
    const api = fakeApi();
    expect(collect(loadJob(actionsOf(ReviewPageActions.opened({ number: 'J-000123' })), api))).toEqual([
      ReviewApiActions.jobLoaded({ job: returned(), events: [], neighbours: { previous: 'J-000100', next: 'J-000130' } }),
    ]);
    expect(api.events).toHaveBeenCalledWith('job-1');
    expect(api.neighbours).toHaveBeenCalledWith('J-000123');
  });

  it('still shows the job when its history or neighbours cannot be read', () => {
    const api = fakeApi();
    api.events.and.returnValue(failure(500, 'internal'));
    api.neighbours.and.returnValue(failure(500, 'internal'));
    const [loaded] = collect(loadJob(actionsOf(ReviewPageActions.opened({ number: 'J-000123' })), api));
    expect(loaded).toEqual(ReviewApiActions.jobLoaded({ job: returned(), events: [], neighbours: { previous: null, next: null } }));
  });

  it('reloads quietly after a 412 and on live changes: a failure then keeps the page', () => {
    const api = fakeApi();
    api.byNumber.and.returnValue(failure(503, 'unavailable'));
    const actions = collect(
      loadJob(actionsOf(ReviewApiActions.writeStale({ number: 'J-000123' }), ReviewPageActions.retried({ number: 'J-000123' })), api),
    );
    expect(actions.map((a) => (a as ReturnType<typeof ReviewApiActions.jobLoadFailed>).quiet)).toEqual([true, false]);
  });

  it('validates with the version on screen, re-reads the history and keeps the next job to open', () => {
    const api = fakeApi();
    api.validate.and.returnValue(of(returned({ status: 'validated', version: 8 })));
    const actions = collect(writeJob(actionsOf(ReviewPageActions.validateConfirmed({ next: 'J-000130' })), storeWith({ job: returned() }), api));
    expect(api.validate).toHaveBeenCalledOnceWith('job-1', 7);
    expect(actions).toEqual([ReviewApiActions.validated({ job: returned({ status: 'validated', version: 8 }), events: [], next: 'J-000130' })]);
  });

  it('reopens with the reason', () => {
    const api = fakeApi();
    api.reopen.and.returnValue(of(returned({ status: 'started', version: 8 })));
    const [action] = collect(writeJob(actionsOf(ReviewPageActions.reopenSubmitted({ reason: 'Photo of the meter missing' })), storeWith({ job: returned() }), api));
    expect(api.reopen).toHaveBeenCalledOnceWith('job-1', 7, 'Photo of the meter missing');
    expect(action!.type).toBe(ReviewApiActions.reopened.type);
  });

  it('corrects an answer; a 412 says the job changed and reads it again', () => {
    const api = fakeApi();
    api.correctAnswer.and.returnValue(failure(412, 'precondition_failed'));
    const submitted = ReviewPageActions.correctionSubmitted({ fieldId: 'pressure', fieldLabel: 'Pressure', input: { value: 2, comment: null } });
    expect(collect(writeJob(actionsOf(submitted), storeWith({ job: returned() }), api))).toEqual([ReviewApiActions.writeStale({ number: 'J-000123' })]);
    expect(api.correctAnswer).toHaveBeenCalledOnceWith('job-1', 7, 'pressure', { value: 2, comment: null });
  });

  it('reports other failures (a job no longer waiting: 409) without reloading', () => {
    const api = fakeApi();
    api.validate.and.returnValue(failure(409, 'invalid_transition'));
    const [action] = collect(writeJob(actionsOf(ReviewPageActions.validateConfirmed({ next: null })), storeWith({ job: returned() }), api));
    expect(action).toEqual(ReviewApiActions.writeFailed({ error: jasmine.objectContaining({ status: 409, code: 'invalid_transition' }) as never }));
  });

  it('says what a write ended with', () => {
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    const error = { status: 409, code: 'invalid_transition', message: 'No' };
    announceWrites(
      actionsOf(
        ReviewApiActions.validated({ job: returned(), events: [], next: null }),
        ReviewApiActions.corrected({ job: returned(), events: [], fieldLabel: 'Pressure' }),
        ReviewApiActions.writeStale({ number: 'J-000123' }),
        ReviewApiActions.writeFailed({ error }),
      ),
      notifier,
    ).subscribe();
    expect(notifier.info.calls.allArgs()).toEqual([
      ['review.validate.done', { number: 'J-000123' }],
      ['review.correct.done', { field: 'Pressure' }],
      ['review.stale'],
    ]);
    expect(notifier.error).toHaveBeenCalledOnceWith(error);
  });

  it('opens the next job once validated, or goes back to the queue', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    openNextAfterValidate(
      actionsOf(ReviewApiActions.validated({ job: returned(), events: [], next: 'J-000130' }), ReviewApiActions.validated({ job: returned(), events: [], next: null })),
      router,
    ).subscribe();
    expect(router.navigate.calls.allArgs().map((a) => a[0])).toEqual([['/review', 'J-000130'], ['/review']]);
  });

  it('reloads on a live change to the job on screen at another version, and only then', () => {
    const event = (payload: Record<string, unknown>, type = 'job.updated') => LiveEventsActions.received({ event: { type, payload } as unknown as LiveEvent });
    const actions = actionsOf(
      event({ jobId: 'job-1', version: 8 }),
      event({ jobId: 'job-1', version: 7 }),
      event({ jobId: 'job-2', version: 3 }),
      event({ jobId: 'job-1' }, 'job.returned'),
      event({ jobId: 'job-1', version: 9 }, 'reserve.updated'),
    );
    expect(collect(reloadOnLiveChange(actions, storeWith({ job: returned() })))).toEqual([
      ReviewLiveActions.jobChangedElsewhere({ number: 'J-000123' }),
      ReviewLiveActions.jobChangedElsewhere({ number: 'J-000123' }),
    ]);
    expect(collect(reloadOnLiveChange(actions, storeWith({ job: null })))).toEqual([]);
  });

  it('writes the queue filters into the URL', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const filters = { ...noReviewFilters, takeBacksToCheck: true, hasOpenReserves: true };
    writeFiltersToUrl(actionsOf(ReviewQueuePageActions.filtersChanged({ filters }), ReviewQueuePageActions.filtersCleared()), router).subscribe();
    expect(router.navigate.calls.argsFor(0)[1]).toEqual(jasmine.objectContaining({ queryParamsHandling: 'merge' }));
    expect(router.navigate.calls.argsFor(0)[1]!.queryParams).toEqual(jasmine.objectContaining({ view: 'take-backs', reserves: '1' }));
    // Clearing the filters removes each of them from the URL but keeps the quick view.
    expect(router.navigate.calls.argsFor(1)).toEqual([
      ['/review'],
      { queryParams: { technician: null, customer: null, reserves: null, unsigned: null }, queryParamsHandling: 'merge' },
    ]);
  });

  it('searches customers by what was typed, the latest search winning; an empty search finds nobody', async () => {
    const api = fakeApi();
    api.customers.and.returnValue(of([{ id: 'c-1', name: 'Boulangerie Martin' } as never]));
    const found = collect(
      searchCustomers(actionsOf(ReviewQueuePageActions.customerSearched({ q: 'Bou' }), ReviewQueuePageActions.customerSearched({ q: ' Boul ' })), api, 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(api.customers).toHaveBeenCalledOnceWith('Boul');
    expect(found).toEqual([ReviewApiActions.customersFound({ customers: [{ id: 'c-1', name: 'Boulangerie Martin' } as never] })]);
    const none = collect(searchCustomers(actionsOf(ReviewQueuePageActions.customerSearched({ q: '  ' })), api, 0));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(none).toEqual([ReviewApiActions.customersFound({ customers: [] })]);
  });
});
