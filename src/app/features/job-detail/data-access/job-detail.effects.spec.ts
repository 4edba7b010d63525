import type { LiveEvent } from '@contract';
import type { JobDetail } from '@contract/jobs';
import type { Actions } from '@ngrx/effects';
import type { Store } from '@ngrx/store';
import { Subject, firstValueFrom, of, throwError, toArray } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import type { Notifier } from '../../../core/notifications/notifier';
import type { JobDetailApi } from './job-detail-api';
import { JobDetailApiActions, JobDetailLiveActions, JobPageActions } from './job-detail.actions';
import { reloadShownJobWhenChanged, reportCommandFailure, runCommand } from './job-detail.effects';

const shown = { id: 'job-1', number: 'J-000123', version: 4 } as JobDetail;
const live = (type: LiveEvent['type'], payload: Record<string, unknown>): LiveEvent => ({ id: 1, type, payload, createdAt: '2026-12-09T08:00:00.000Z' });
const storeShowing = (job: JobDetail | null) => ({ select: () => of(job) }) as unknown as Store;

describe('job detail effects', () => {
  it('reloads the job on screen when a newer version of it changes elsewhere, and only then', async () => {
    const actions$ = new Subject<unknown>();
    const seen = firstValueFrom(
      reloadShownJobWhenChanged(actions$ as unknown as Actions, storeShowing(shown)).pipe(toArray()),
    );
    actions$.next(LiveEventsActions.received({ event: live('job.status_changed', { jobId: 'job-1', version: 5 }) }));
    actions$.next(LiveEventsActions.received({ event: live('job.updated', { jobId: 'job-2', version: 9 }) }));
    actions$.next(LiveEventsActions.received({ event: live('job.updated', { jobId: 'job-1', version: 4 }) }));
    actions$.next(LiveEventsActions.received({ event: live('reserve.raised', { jobId: 'job-1' }) }));
    actions$.next(LiveEventsActions.received({ event: live('job.returned', { jobId: 'job-1' }) }));
    actions$.complete();
    expect(await seen).toEqual([JobDetailLiveActions.shownJobChanged({ id: 'job-1' }), JobDetailLiveActions.shownJobChanged({ id: 'job-1' })]);
  });

  it('sends a cancel with its reason and the version, and reports the refusal', async () => {
    const api = jasmine.createSpyObj<JobDetailApi>('JobDetailApi', ['cancel']);
    api.cancel.and.returnValue(throwError(() => new HttpErrorResponse({ status: 409, error: { error: { code: 'invalid_transition', message: 'No' } } })));
    const result = await firstValueFrom(
      runCommand(of(JobPageActions.cancelSubmitted({ id: 'job-1', version: 4, reason: 'Customer away' })) as unknown as Actions, api),
    );
    expect(api.cancel).toHaveBeenCalledWith('job-1', 4, { reason: 'Customer away' });
    expect(result).toEqual(
      JobDetailApiActions.commandFailed({ command: 'cancel', error: { status: 409, code: 'invalid_transition', message: 'No' } }),
    );
  });

  it('after a refused or stale action, says why and shows the job as it is now', async () => {
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['error']);
    const error = { status: 412, code: 'version_mismatch', message: 'stale' };
    const result = await firstValueFrom(
      reportCommandFailure(
        of(JobDetailApiActions.commandFailed({ command: 'reschedule', error })) as unknown as Actions,
        storeShowing(shown),
        notifier,
      ),
    );
    expect(notifier.error).toHaveBeenCalledWith(error);
    expect(result).toEqual(JobDetailLiveActions.shownJobChanged({ id: 'job-1' }));
  });
});
