import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { JobDetail } from '@contract/jobs';
import { jobDetail } from './review-fixtures';
import { ReviewJobStore } from './review-job.store';

const returned = (overrides: Partial<JobDetail> = {}) => jobDetail({ status: 'completed', version: 7, ...overrides });
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('ReviewJobStore', () => {
  let http: HttpTestingController;
  let store: ReviewJobStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), ReviewJobStore],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ReviewJobStore);
    const loading = store.load('J-000123');
    http.expectOne('/api/jobs/by-number/J-000123').flush(returned());
    await settle();
    http.expectOne('/api/jobs/job-1/events').flush([]);
    http.expectOne('/api/review/neighbours/J-000123').flush({ previous: 'J-000100', next: 'J-000130' });
    await loading;
  });
  afterEach(() => http.verify());

  it('loads the job, its history and its neighbours in the queue', () => {
    expect(store.state()).toBe('loaded');
    expect(store.job()?.number).toBe('J-000123');
    expect(store.neighbours()).toEqual({ previous: 'J-000100', next: 'J-000130' });
  });

  it('validates with the version on screen and keeps the validated job', async () => {
    const done = store.validate();
    const req = http.expectOne('/api/jobs/job-1/validate');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('If-Match')).toBe('"7"');
    expect(req.request.body).toEqual({});
    req.flush(returned({ status: 'validated', version: 8 }));
    await settle();
    http.expectOne('/api/jobs/job-1/events').flush([]);
    expect((await done).kind).toBe('done');
    expect(store.job()?.status).toBe('validated');
  });

  it('reopens with the reason', async () => {
    const done = store.reopen('Photo of the meter missing');
    const req = http.expectOne('/api/jobs/job-1/reopen');
    expect(req.request.body).toEqual({ reason: 'Photo of the meter missing' });
    expect(req.request.headers.get('If-Match')).toBe('"7"');
    req.flush(returned({ status: 'started', version: 8 }));
    await settle();
    http.expectOne('/api/jobs/job-1/events').flush([]);
    expect((await done).kind).toBe('done');
  });

  it('corrects an answer; a 412 reloads the job and says it changed', async () => {
    const done = store.correct('pressure', { value: 2, comment: null });
    const req = http.expectOne('/api/jobs/job-1/answers/pressure');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ value: 2, comment: null });
    req.flush({ error: { code: 'precondition_failed', message: 'Stale' } }, { status: 412, statusText: 'Precondition Failed' });
    await settle();
    http.expectOne('/api/jobs/by-number/J-000123').flush(returned({ version: 9 }));
    await settle();
    http.expectOne('/api/jobs/job-1/events').flush([]);
    http.expectOne('/api/review/neighbours/J-000123').flush({ previous: null, next: null });
    expect((await done).kind).toBe('stale');
    expect(store.job()?.version).toBe(9);
    expect(store.state()).toBe('loaded');
  });

  it('reports other failures (a job no longer waiting: 409) without reloading', async () => {
    const done = store.validate();
    http.expectOne('/api/jobs/job-1/validate').flush({ error: { code: 'invalid_transition', message: 'No' } }, { status: 409, statusText: 'Conflict' });
    const outcome = await done;
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.error.code).toBe('invalid_transition');
    expect(store.busy()).toBeFalse();
  });
});
