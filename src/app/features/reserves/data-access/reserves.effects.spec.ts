import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import type { TranslocoService } from '@jsverse/transloco';
import type { } from '@ngrx/effects';
import type { Store } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import type { Notifier } from '../../../core/notifications/notifier';
import { reserveDetail } from '../testing/reserve-fixtures';
import { ReserveListPageActions, ReservePageActions, ReservesApiActions } from './reserves.actions';
import { announceBulk, announceSaved, applyBulk, createFollowUp, loadReserve, loadStats, openJob, openReserve, saveChange, writeQueryToUrl } from './reserves.effects';
import { defaultReserveQuery, queryFromParams } from './reserve-query';
import { initialReservesState } from './reserves.feature';
import type { ReserveBulkResult, ReserveFollowUpResult, ReserveStats } from './reserve-model';
import type { ReservesApi } from './reserves-api';
import { actionsOf, collect } from '../../../../testing/effects';

const failure = (status: number, code: string) => throwError(() => new HttpErrorResponse({ status, error: { error: { code, message: 'No' } } }));
const storeWith = (reserve = reserveDetail({ version: 3 })) =>
  ({ select: (selector: (root: unknown) => unknown) => of(selector({ reserves: { ...initialReservesState, reserve } })) }) as unknown as Store;
const fakeApi = () => jasmine.createSpyObj<ReservesApi>('ReservesApi', ['get', 'patch', 'createFollowUp', 'stats', 'bulk']);

describe('reserves effects', () => {
  it('sends a change with the version on screen and keeps the answer', () => {
    const api = fakeApi();
    api.patch.and.returnValue(of(reserveDetail({ version: 4, status: 'resolved' })));
    const submitted = ReservePageActions.changeSubmitted({ change: 'status', patch: { status: 'resolved', comment: 'Fixed' } });
    expect(collect(saveChange(actionsOf(submitted), storeWith(), api))).toEqual([
      ReservesApiActions.changeSaved({ change: 'status', reserve: reserveDetail({ version: 4, status: 'resolved' }) }),
    ]);
    expect(api.patch).toHaveBeenCalledOnceWith('r-1', 3, { status: 'resolved', comment: 'Fixed' });
  });

  it('on 412 says the reserve changed meanwhile, and reads it again', () => {
    const api = fakeApi();
    api.patch.and.returnValue(failure(412, 'precondition_failed'));
    const [conflicted] = collect(saveChange(actionsOf(ReservePageActions.changeSubmitted({ change: 'assignee', patch: { assigneeId: 'u-9' } })), storeWith(), api));
    expect(conflicted).toEqual(ReservesApiActions.changeConflicted({ id: 'r-1' }));
    api.get.and.returnValue(of(reserveDetail({ version: 5, status: 'compliant' })));
    expect(collect(loadReserve(actionsOf(conflicted!), api))).toEqual([ReservesApiActions.loaded({ reserve: reserveDetail({ version: 5, status: 'compliant' }) })]);
    expect(api.get).toHaveBeenCalledOnceWith('r-1');
  });

  it('keeps other failures as an error to show, without reading the reserve again', () => {
    const api = fakeApi();
    api.patch.and.returnValue(failure(422, 'validation_failed'));
    const [failed] = collect(saveChange(actionsOf(ReservePageActions.changeSubmitted({ change: 'comment', patch: { comment: 'Hi' } })), storeWith(), api));
    expect(failed!.type).toBe(ReservesApiActions.changeFailed.type);
    expect((failed as ReturnType<typeof ReservesApiActions.changeFailed>).error.status).toBe(422);
  });

  it('says which change was saved', () => {
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    const reserve = reserveDetail();
    announceSaved(
      actionsOf(
        ReservesApiActions.changeSaved({ change: 'status', reserve }),
        ReservesApiActions.changeSaved({ change: 'assignee', reserve }),
        ReservesApiActions.changeSaved({ change: 'comment', reserve }),
      ),
      notifier,
    ).subscribe();
    expect(notifier.info.calls.allArgs().map((a) => a[0])).toEqual(['reserves.detail.statusChanged', 'reserves.detail.assigned', 'reserves.detail.commentAdded']);
  });

  it('shows a load failure', () => {
    const api = fakeApi();
    api.get.and.returnValue(failure(404, 'not_found'));
    const [failed] = collect(loadReserve(actionsOf(ReservePageActions.opened({ id: 'r-404' })), api));
    expect(failed).toEqual(ReservesApiActions.loadFailed({ id: 'r-404', error: jasmine.objectContaining({ status: 404 }) as never }));
  });

  it('creates the follow-up job and opens it; a refusal reads the reserve again', () => {
    const api = fakeApi();
    const input = { plannedStart: '2026-12-10T08:00:00.000Z', plannedEnd: '2026-12-10T10:00:00.000Z', technicianIds: ['u-7'] } as never;
    api.createFollowUp.and.returnValue(of<ReserveFollowUpResult>({ job: { id: 'job-200', number: 'J-000200' } }));
    expect(collect(createFollowUp(actionsOf(ReservePageActions.followUpSubmitted({ id: 'r-1', input })), api))).toEqual([
      ReservesApiActions.followUpCreated({ jobNumber: 'J-000200' }),
    ]);
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    openJob(actionsOf(ReservesApiActions.followUpCreated({ jobNumber: 'J-000200' })), router).subscribe();
    expect(router.navigate).toHaveBeenCalledOnceWith(['/jobs', 'J-000200']);

    api.createFollowUp.and.returnValue(failure(409, 'follow_up_exists'));
    const [refused] = collect(createFollowUp(actionsOf(ReservePageActions.followUpSubmitted({ id: 'r-1', input })), api));
    expect(refused!.type).toBe(ReservesApiActions.followUpFailed.type);
    api.get.and.returnValue(of(reserveDetail()));
    expect(collect(loadReserve(actionsOf(refused!), api)).map((a) => a.type)).toEqual([ReservesApiActions.loaded.type]);
  });

  it('reads the charts on opening, after a bulk change and when reserves arrive; a failure says so', () => {
    const api = fakeApi();
    const stats: ReserveStats = { openedVsClosedByWeek: [], openByAge: [], topFields: [] };
    api.stats.and.returnValues(of(stats), failure(500, 'internal'));
    expect(collect(loadStats(actionsOf(ReserveListPageActions.opened(), ReserveListPageActions.reservesRaised()), api))).toEqual([
      ReservesApiActions.statsLoaded({ stats }),
      ReservesApiActions.statsFailed(),
    ]);
  });

  it('applies a bulk change and counts what changed and what had changed meanwhile', () => {
    const api = fakeApi();
    const input = { ids: ['r-1', 'r-2', 'r-3'], status: 'resolved', comment: 'Done' } as never;
    api.bulk.and.returnValue(of<ReserveBulkResult>({ updated: 2, conflicts: [{ id: 'r-3', currentVersion: 4 }] }));
    const [applied] = collect(applyBulk(actionsOf(ReserveListPageActions.bulkSubmitted({ input })), api));
    expect(api.bulk).toHaveBeenCalledOnceWith(input);
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    const transloco = { getActiveLang: () => 'en' } as TranslocoService;
    announceBulk(actionsOf(applied!), notifier, transloco).subscribe();
    expect(notifier.info.calls.allArgs()).toEqual([
      [jasmine.stringMatching(/^reserves\.bulk\.done/), { count: 2 }],
      [jasmine.stringMatching(/^reserves\.bulk\.conflicts/), { count: 1 }],
    ]);
  });

  it('writes the inbox query into the URL and opens a reserve or its job', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const query = { ...defaultReserveQuery, status: ['resolved' as const] };
    writeQueryToUrl(actionsOf(ReserveListPageActions.filtersChanged({ query }), ReserveListPageActions.filtersCleared()), router).subscribe();
    const [commands, extras] = router.navigate.calls.argsFor(0);
    expect(commands).toEqual(['/reserves']);
    expect(queryFromParams(extras!.queryParams!)).toEqual(query);
    expect(router.navigate.calls.argsFor(1)).toEqual([['/reserves'], { queryParams: {} }]);
    openReserve(actionsOf(ReserveListPageActions.reserveOpened({ id: 'r-7' })), router).subscribe();
    openJob(actionsOf(ReserveListPageActions.jobOpened({ number: 'J-000123' })), router).subscribe();
    expect(router.navigate.calls.allArgs().slice(2).map((a) => a[0])).toEqual([['/reserves', 'r-7'], ['/jobs', 'J-000123']]);
  });
});
