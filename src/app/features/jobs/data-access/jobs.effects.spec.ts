import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import type { Actions } from '@ngrx/effects';
import type { Action, Store } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import type { Notifier } from '../../../core/notifications/notifier';
import { DeclinedJobsPageActions, JobListPageActions, JobsApiActions, JobsRouterActions } from './jobs.actions';
import { readListQueryFromUrl, reloadChangedDeclinedJob, rescheduleJob, writeListQueryToUrl } from './jobs.effects';
import type { JobsApi } from './jobs-api';
import { jobDetail, jobSummary } from '../testing/job-fixtures';
import { type JobQuery, defaultJobQuery, queryFromParams } from './job-query';
import { collect } from '../../../../testing/effects';

describe('jobs effects', () => {
  function navigateFrom(current: JobQuery, action: Action) {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const store = { select: () => of(current) } as unknown as Store;
    writeListQueryToUrl(of(action) as Actions, store, router).subscribe();
    return router.navigate;
  }

  it('writes a quick view into the URL, keeping the filters and going back to the view’s own order', () => {
    const current = { ...defaultJobQuery, status: ['started' as const], sort: 'number' as const, dir: 'desc' as const };
    const navigate = navigateFrom(current, JobListPageActions.viewChosen({ view: 'today' }));
    expect(navigate).toHaveBeenCalledOnceWith(['/jobs'], {
      queryParams: jasmine.objectContaining({ view: 'today', status: 'started', sort: null, dir: null }),
    });
  });

  it('merges a changed filter into the URL query and leaves the rest', () => {
    const current = { ...defaultJobQuery, view: 'late' as const, q: 'fuite' };
    const navigate = navigateFrom(current, JobListPageActions.filtersChanged({ changes: { status: ['paused', 'draft'] } }));
    const [, extras] = navigate.calls.mostRecent().args;
    expect(queryFromParams(extras!.queryParams!)).toEqual({ ...current, status: ['draft', 'paused'] });
  });

  it('does not navigate when nothing changes, and clears everything on "clear filters"', () => {
    const current = { ...defaultJobQuery, view: 'late' as const };
    expect(navigateFrom(current, JobListPageActions.viewChosen({ view: 'late' }))).not.toHaveBeenCalled();
    const navigate = navigateFrom(current, JobListPageActions.filtersCleared());
    expect(Object.values(navigate.calls.mostRecent().args[1]!.queryParams!).every((v) => v === null)).toBeTrue();
  });

  it('follows the address bar, Back included: each different query once, again after leaving the grid', () => {
    const late = { ...defaultJobQuery, view: 'late' as const };
    const lateStarted = { ...late, status: ['started' as const] };
    // /jobs?view=late → …&status=started → Back → away → back to the grid
    const store = { select: () => of(late, lateStarted, late, late, null, late) } as unknown as Store;
    expect(collect(readListQueryFromUrl(store))).toEqual([
      JobsRouterActions.listQueryChanged({ query: late }),
      JobsRouterActions.listQueryChanged({ query: lateStarted }),
      JobsRouterActions.listQueryChanged({ query: late }),
      JobsRouterActions.listQueryChanged({ query: late }),
    ]);
  });

  it('sends a reschedule with the version the dispatcher saw', () => {
    const job = jobSummary(3, { version: 7 });
    const input = { plannedStart: '2026-11-27T08:00:00.000Z', plannedEnd: '2026-11-27T10:00:00.000Z', managerId: 'u-7', auxiliaryIds: [] };
    const api = { reschedule: jasmine.createSpy().and.returnValue(of(jobDetail({ id: 'j-3' }))) } as unknown as JobsApi;
    const out = collect(rescheduleJob(of(DeclinedJobsPageActions.rescheduleSubmitted({ job, input })) as Actions, api));
    expect(api.reschedule).toHaveBeenCalledWith('j-3', 7, input);
    expect(out).toEqual([JobsApiActions.rescheduled({ job: jobDetail({ id: 'j-3' }) })]);
  });

  it('on 412 says the job changed and reloads its row; other failures only get a message', () => {
    const stale = new HttpErrorResponse({ status: 412, error: { error: { code: 'version_mismatch', message: 'Changed' } } });
    const api = {
      reschedule: jasmine.createSpy().and.returnValue(throwError(() => stale)),
      get: jasmine.createSpy().and.returnValue(of(jobDetail({ id: 'j-3', version: 8, status: 'created', declinedAt: '2026-11-25T16:00:00.000Z' }))),
    } as unknown as JobsApi;
    const failed = collect(
      rescheduleJob(
        of(DeclinedJobsPageActions.rescheduleSubmitted({ job: jobSummary(3), input: { plannedStart: 'a', plannedEnd: 'b' } })) as Actions,
        api,
      ),
    );
    expect(failed).toEqual([JobsApiActions.rescheduleFailed({ jobId: 'j-3', error: { status: 412, code: 'version_mismatch', message: 'Changed' } })]);

    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    const refused = JobsApiActions.rescheduleFailed({ jobId: 'j-4', error: { status: 422, code: 'invalid_input', message: '' } });
    const out = collect(reloadChangedDeclinedJob(of(failed[0]!, refused) as Actions, api, notifier));
    expect(notifier.info).toHaveBeenCalledOnceWith('jobs.declined.changedMeanwhile');
    expect(notifier.error).toHaveBeenCalledTimes(1);
    expect(api.get).toHaveBeenCalledOnceWith('j-3');
    expect(out.length).toBe(1);
    expect((out[0] as ReturnType<typeof JobsApiActions.declinedRowReloaded>).job).toEqual(
      jasmine.objectContaining({ id: 'j-3', version: 8, managerName: 'Théo Martin', auxiliaryNames: ['Inès Roux'] }),
    );
  });
});
