import type { LiveEvent } from '@contract';
import { Subject } from 'rxjs';
import type { Action } from '@ngrx/store';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import { type LiveReserveChange, liveReserveChanges } from './live-reserve-changes';

const event = (id: number, type: LiveEvent['type'], payload: Record<string, unknown>): Action =>
  LiveEventsActions.received({ event: { id, type, payload, createdAt: '2026-11-26T08:00:00.000Z' } });

describe('liveReserveChanges', () => {
  it('keeps raised and updated reserves, by id, and ignores the rest', () => {
    const actions$ = new Subject<Action>();
    const seen: LiveReserveChange[] = [];
    liveReserveChanges(actions$).subscribe((c) => seen.push(c));
    actions$.next(event(1, 'reserve.raised', { reserveId: 'r-1', jobId: 'j-1' }));
    actions$.next(event(2, 'job.updated', { jobId: 'j-1' }));
    actions$.next(event(3, 'reserve.updated', { reserveId: 'r-2' }));
    actions$.next(event(4, 'reserve.updated', { jobId: 'j-1' }));
    expect(seen).toEqual([
      { kind: 'raised', reserveId: 'r-1' },
      { kind: 'updated', reserveId: 'r-2' },
    ]);
  });
});
