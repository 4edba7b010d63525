import { HttpErrorResponse } from '@angular/common/http';
import type { JobDetail, LiveEvent } from '@contract';
import type { Actions } from '@ngrx/effects';
import type { Action, Store } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import type { Notifier } from '../../../core/notifications/notifier';
import { ScheduleBoardApiActions, ScheduleBoardLiveActions, ScheduleBoardPageActions } from './schedule-board.actions';
import { selectQuery, selectShownJobIds } from './schedule-board.feature';
import { moveJob, refreshBoard, reloadOnLiveJobEvents, reportRefusedMove } from './schedule-board.effects';
import type { ScheduleBoardApi } from './schedule-board-api';
import { collect } from '../../../../testing/effects';
import { boardJob, jobBoard } from '../testing/board-fixtures';

function httpError(status: number, code: string) {
  return throwError(() => new HttpErrorResponse({ status, error: { error: { code, message: code } } }));
}

const query = { from: '2026-11-25T23:00:00.000Z', to: '2026-11-26T23:00:00.000Z' };
const job = boardJob('j-1', { number: 'J-000101', version: 4 });
const board = jobBoard([job]);
const body = { plannedStart: '2026-11-26T12:00:00.000Z', plannedEnd: '2026-11-26T13:30:00.000Z', managerId: 't-bruno', auxiliaryIds: [] };
const moved = ScheduleBoardPageActions.jobMoved({ job, body });

/** The store as the effects read it: the period shown and the jobs on it. */
const storeOf = (shown: string[] = ['j-1']) =>
  ({ select: (selector: unknown) => of(selector === selectShownJobIds ? new Set(shown) : selector === selectQuery ? query : undefined) }) as unknown as Store;

describe('schedule board effects', () => {
  it('sends a move with If-Match = the version the board showed', () => {
    const api = jasmine.createSpyObj<ScheduleBoardApi>('ScheduleBoardApi', ['reschedule']);
    const detail = { id: 'j-1', version: 5 } as JobDetail;
    api.reschedule.and.returnValue(of(detail));
    expect(collect(moveJob(of(moved) as Actions, api))).toEqual([ScheduleBoardApiActions.moveSucceeded({ jobId: 'j-1', job: detail })]);
    expect(api.reschedule).toHaveBeenCalledWith('j-1', 4, body);
  });

  it('treats 412 and 409 as "changed by someone else", anything else as a failure', () => {
    const api = jasmine.createSpyObj<ScheduleBoardApi>('ScheduleBoardApi', ['reschedule']);
    api.reschedule.and.returnValues(httpError(412, 'version_mismatch'), httpError(409, 'invalid_transition'), httpError(503, 'database_unavailable'));
    const out = collect(moveJob(of(moved, moved, moved) as Actions, api));
    expect(out.map((a) => a.type)).toEqual([
      ScheduleBoardApiActions.moveRefused.type,
      ScheduleBoardApiActions.moveRefused.type,
      ScheduleBoardApiActions.moveFailed.type,
    ]);
    expect(out[0]).toEqual(
      ScheduleBoardApiActions.moveRefused({ jobId: 'j-1', number: 'J-000101', error: { status: 412, code: 'version_mismatch', message: 'version_mismatch' } }),
    );
  });

  it('reloads the board after a refused move and says who lost', () => {
    const api = jasmine.createSpyObj<ScheduleBoardApi>('ScheduleBoardApi', ['board']);
    api.board.and.returnValue(of(board));
    const refused = ScheduleBoardApiActions.moveRefused({ jobId: 'j-1', number: 'J-000101', error: { status: 412, code: 'version_mismatch', message: '' } });
    expect(collect(refreshBoard(of(refused) as Actions, api, storeOf()))).toEqual([ScheduleBoardApiActions.boardLoaded({ query, board })]);
    expect(api.board).toHaveBeenCalledWith(query);

    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info']);
    collect(reportRefusedMove(of(refused) as Actions, notifier));
    expect(notifier.info).toHaveBeenCalledWith('scheduleBoard.moveRefused', { number: 'J-000101' });
  });

  it('reloads once for a burst of live events about jobs on the board, never for other jobs', async () => {
    const actions = new Subject<Action>();
    const out = collect(reloadOnLiveJobEvents(actions as unknown as Actions, storeOf(['j-1'])));
    const event = (id: number, type: LiveEvent['type'], jobId: string) =>
      LiveEventsActions.received({ event: { id, type, payload: { jobId }, createdAt: '2026-11-26T10:00:00.000Z' } });
    actions.next(event(1, 'job.updated', 'j-1'));
    actions.next(event(2, 'job.status_changed', 'j-1'));
    actions.next(event(3, 'job.updated', 'j-other'));
    actions.next(event(4, 'reserve.raised', 'j-1'));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(out).toEqual([ScheduleBoardLiveActions.jobsChanged()]);
    actions.next(event(5, 'job.updated', 'j-other'));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(out.length).toBe(1);
  });
});
