import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { BoardJob, JobBoard } from '@contract';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState, provideStore } from '@ngrx/store';
import { Notifier } from '../../core/notifications/notifier';
import { ScheduleBoardPageActions, scheduleBoardEffects, scheduleBoardFeature, selectBoard, selectPending } from './data-access';
import { layoutBoard } from './ui/board-layout';
import { rescheduleBody } from './ui/board-moves';
import { boardPeriod } from './ui/board-period';
import { boardIso as iso, boardJob, jobBoard } from './testing/board-fixtures';

const period = boardPeriod({ date: '2026-11-26', view: 'day' });
const job: BoardJob = boardJob('j-1', { number: 'J-000101', version: 4 });
const board: JobBoard = jobBoard([job]);

/** The page's move through the real store, effects and HTTP layer, the server played by HttpTestingController. */
describe('moving a job on the board', () => {
  let store: Store;
  let http: HttpTestingController;
  let notifier: jasmine.SpyObj<Notifier>;

  beforeEach(() => {
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info', 'error']);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore({}, { runtimeChecks: { strictStateImmutability: true, strictActionImmutability: true, strictStateSerializability: true, strictActionSerializability: true } }),
        provideState(scheduleBoardFeature),
        provideEffects(scheduleBoardEffects),
        { provide: Notifier, useValue: notifier },
      ],
    });
    store = TestBed.inject(Store);
    http = TestBed.inject(HttpTestingController);
    store.dispatch(ScheduleBoardPageActions.opened({ query: { from: period.from, to: period.to } }));
    http.expectOne((r) => r.url === '/api/jobs/board').flush(board);
  });

  afterEach(() => http.verify());

  const rowOf = (jobId: string) => {
    const rows = layoutBoard(store.selectSignal(selectBoard)()!, period, store.selectSignal(selectPending)());
    return rows.find((row) => row.blocks.some((b) => b.key === jobId))?.technician.id;
  };

  it('shows the block where it was dropped while the server answers', () => {
    const body = rescheduleBody({ job, technicianId: 't-bruno', start: Date.parse(iso(14)) });
    store.dispatch(ScheduleBoardPageActions.jobMoved({ job, body }));
    expect(rowOf('j-1')).toBe('t-bruno');
    const request = http.expectOne('/api/jobs/j-1/reschedule');
    expect(request.request.headers.get('If-Match')).toBe('"4"');
    expect(request.request.body).toEqual({ plannedStart: iso(14), plannedEnd: iso(15), managerId: 't-bruno', auxiliaryIds: [] });
    request.flush({
      ...job,
      customer: { id: 'c', code: 'C', name: job.customerName },
      site: { city: 'Lyon' },
      technicians: [{ userId: 't-bruno', name: 'Bruno Petit', role: 'manager' }],
      plannedStart: iso(14),
      plannedEnd: iso(15),
      version: 5,
    });
    expect(rowOf('j-1')).toBe('t-bruno');
    http.expectOne((r) => r.url === '/api/jobs/board').flush({ ...board, jobs: [{ ...job, managerId: 't-bruno', plannedStart: iso(14), plannedEnd: iso(15), version: 5 }] });
    expect(store.selectSignal(selectBoard)()!.jobs[0].version).toBe(5);
    expect(notifier.info).not.toHaveBeenCalled();
  });

  it('puts the block back on a 412, says so and reloads the board, never overwriting', () => {
    const body = rescheduleBody({ job, technicianId: 't-bruno', start: Date.parse(iso(14)) });
    store.dispatch(ScheduleBoardPageActions.jobMoved({ job, body }));
    http
      .expectOne('/api/jobs/j-1/reschedule')
      .flush({ error: { code: 'version_mismatch', message: 'Changed meanwhile' } }, { status: 412, statusText: 'Precondition Failed' });

    expect(rowOf('j-1')).toBe('t-anne');
    expect(notifier.info).toHaveBeenCalledWith('scheduleBoard.moveRefused', { number: 'J-000101' });
    const changedElsewhere = { ...job, plannedStart: iso(11), plannedEnd: iso(12), version: 6 };
    http.expectOne((r) => r.url === '/api/jobs/board').flush({ ...board, jobs: [changedElsewhere] });
    expect(store.selectSignal(selectBoard)()!.jobs).toEqual([changedElsewhere]);
    http.expectNone('/api/jobs/j-1/reschedule');
  });
});
