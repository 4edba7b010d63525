import { HttpErrorResponse } from '@angular/common/http';
import type { JobDetail } from '@contract/jobs';
import type { Store } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import { jobDetail } from '../../../../testing/job-fixtures';
import { actionsOf, collect } from '../../../../testing/effects';
import { ReviewApiActions, ReviewLiveActions, ReviewPageActions } from './review.actions';
import { reloadAfterSettledElsewhere, settleTakeBack } from './review-take-backs.effects';
import { type ReviewState, initialReviewState, reviewFeature } from './review.feature';
import type { ReviewApi } from './review-api';

const returned = (overrides: Partial<JobDetail> = {}) => jobDetail({ status: 'completed', version: 7, ...overrides });
const storeWith = (state: Partial<ReviewState>) =>
  ({ select: (selector: (root: unknown) => unknown) => of(selector({ review: { ...initialReviewState, ...state } })) }) as unknown as Store;

function fakeApi() {
  const api = jasmine.createSpyObj<ReviewApi>('ReviewApi', ['settleTakeBack', 'events']);
  api.settleTakeBack.and.returnValue(of(returned({ version: 8 })));
  api.events.and.returnValue(of([]));
  return api;
}

describe('settling a take-back recorded elsewhere', () => {
  it('confirms the move, then reads the history again', () => {
    const api = fakeApi();
    const actions = collect(settleTakeBack(actionsOf(ReviewPageActions.takeBackMoveConfirmed({ takeBackId: 'tb-1', serial: 'SN-B' })), storeWith({}), api));
    expect(api.settleTakeBack).toHaveBeenCalledOnceWith('tb-1', { resolution: 'confirm' });
    expect(api.events).toHaveBeenCalledWith('job-1');
    expect(actions).toEqual([ReviewApiActions.takeBackSettled({ job: returned({ version: 8 }), events: [], resolution: 'confirm', serial: 'SN-B' })]);
  });

  it('corrects with the serial typed; a refusal is shown, and a 409 reads the job again', () => {
    const api = fakeApi();
    api.settleTakeBack.and.returnValue(throwError(() => new HttpErrorResponse({ status: 409, error: { error: { code: 'discrepancy_already_resolved', message: 'No' } } })));
    const [failed] = collect(settleTakeBack(actionsOf(ReviewPageActions.takeBackSerialCorrected({ takeBackId: 'tb-1', serial: 'SN-RIGHT' })), storeWith({}), api));
    expect(api.settleTakeBack).toHaveBeenCalledOnceWith('tb-1', { resolution: 'correct', serial: 'SN-RIGHT' });
    expect(failed!.type).toBe(ReviewApiActions.writeFailed.type);
    expect(collect(reloadAfterSettledElsewhere(actionsOf(failed!), storeWith({ job: returned() })))).toEqual([
      ReviewLiveActions.jobChangedElsewhere({ number: 'J-000123' }),
    ]);
    const other = ReviewApiActions.writeFailed({ error: { status: 422, code: 'serial_retired', message: 'No' } });
    expect(collect(reloadAfterSettledElsewhere(actionsOf(other), storeWith({ job: returned() })))).toEqual([]);
  });

  it('is busy while on its way and takes the job answered', () => {
    const busy = reviewFeature.reducer(initialReviewState, ReviewPageActions.takeBackMoveConfirmed({ takeBackId: 'tb-1', serial: 'SN-B' }));
    expect(busy.busy).toBeTrue();
    const done = reviewFeature.reducer(busy, ReviewApiActions.takeBackSettled({ job: returned({ version: 8 }), events: [], resolution: 'confirm', serial: 'SN-B' }));
    expect([done.busy, done.job?.version]).toEqual([false, 8]);
  });

  it('selects the take-backs still waiting for the office', () => {
    const discrepancy = { recordedAt: 'depot' as const, reportedSerial: null, resolution: null, resolvedBy: null, resolvedAt: null };
    const job = returned();
    const base = { serialUnitId: null, itemId: 'i', itemName: 'I', itemReference: 'R', familyId: 'f', familyName: 'F', status: 'ok' as const, wasFound: false, createdAt: job.createdAt, updatedAt: job.createdAt };
    const takeBacks = [
      { ...base, id: 'a', serial: 'A', recordedElsewhere: true, discrepancy },
      { ...base, id: 'b', serial: 'B', recordedElsewhere: false, discrepancy: { ...discrepancy, resolution: 'confirmed' as const } },
      { ...base, id: 'c', serial: 'C', recordedElsewhere: false, discrepancy: null },
    ];
    const selected = reviewFeature.selectOpenDiscrepancies.projector({ ...job, report: { ...job.report, takeBacks } });
    expect(selected.map((t) => t.id)).toEqual(['a']);
  });
});
