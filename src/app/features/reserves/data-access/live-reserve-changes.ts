import { ofType } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { type Observable, filter, map } from 'rxjs';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';

export interface LiveReserveChange {
  kind: 'raised' | 'updated';
  reserveId: string;
}

/** The live events about reserves, as `{ kind, reserveId }`. */
export function liveReserveChanges(actions$: Observable<Action>): Observable<LiveReserveChange> {
  return actions$.pipe(
    ofType(LiveEventsActions.received),
    filter(({ event }) => (event.type === 'reserve.raised' || event.type === 'reserve.updated') && typeof event.payload['reserveId'] === 'string'),
    map(({ event }) => ({ kind: event.type === 'reserve.raised' ? 'raised' : 'updated', reserveId: event.payload['reserveId'] as string })),
  );
}
