import type { LiveEvent, ReviewCount, Role } from '@contract';
import { Actions } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { BehaviorSubject, type Observable, Subject, of, throwError } from 'rxjs';
import { AuthApiActions } from '../auth/auth.actions';
import { LiveEventsActions } from '../live-events/live-events.actions';
import { ReviewCountApiActions } from './review-count.actions';
import { loadReviewCount } from './review-count.effects';
import { reviewCountFeature, selectTakeBacksToCheck } from './review-count.feature';
import type { ReviewCountApi } from './review-count-api';

const live = (type: string, id = 1): Action => LiveEventsActions.received({ event: { id, type, payload: {}, createdAt: '2026-03-10T12:00:00.000Z' } as LiveEvent });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('review count', () => {
  const reducer = reviewCountFeature.reducer;

  it('holds the loaded counts and forgets them on sign-out', () => {
    let state = reducer(undefined, { type: 'init' });
    expect(state.count).toBeNull();
    expect(selectTakeBacksToCheck.projector(state)).toBeNull();
    state = reducer(state, ReviewCountApiActions.loaded({ count: 4, takeBacksToCheck: 2 }));
    expect(state.count).toBe(4);
    expect(selectTakeBacksToCheck.projector(state)).toBe(2);
    expect(reducer(state, ReviewCountApiActions.loadFailed())).toEqual({ count: 4, takeBacksToCheck: 2 });
    expect(reducer(state, AuthApiActions.signedOut())).toEqual({ count: null, takeBacksToCheck: null });
  });

  describe('effect', () => {
    let actions$: Subject<Action>;
    let role$: BehaviorSubject<Role | null>;
    let counts: number[];
    let calls: number;
    let emitted: Action[];
    const api = (fail = false) =>
      ({
        count: (): Observable<ReviewCount> => {
          calls++;
          return fail ? throwError(() => new Error('down')) : of({ count: counts.shift() ?? 0, takeBacksToCheck: 1 });
        },
      }) as unknown as ReviewCountApi;

    function start(role: Role | null, fail = false) {
      actions$ = new Subject<Action>();
      role$ = new BehaviorSubject<Role | null>(role);
      calls = 0;
      emitted = [];
      const sub = loadReviewCount(new Actions(actions$), role$, api(fail), 20).subscribe((a) => emitted.push(a));
      return sub;
    }

    it('loads on sign-in of a manager, not for a technician or when signed out', () => {
      counts = [3];
      const sub = start(null);
      expect(calls).toBe(0);
      role$.next('technician');
      expect(calls).toBe(0);
      role$.next('dispatcher');
      expect(emitted).toEqual([ReviewCountApiActions.loaded({ count: 3, takeBacksToCheck: 1 })]);
      sub.unsubscribe();
    });

    it('reloads once after a burst of job events and ignores other events', async () => {
      counts = [3, 2];
      const sub = start('admin');
      actions$.next(live('reserve.raised'));
      actions$.next(live('job.returned', 2));
      actions$.next(live('job.status_changed', 3));
      actions$.next(live('job.updated', 4));
      await wait(60);
      expect(calls).toBe(2);
      expect(emitted.at(-1)).toEqual(ReviewCountApiActions.loaded({ count: 2, takeBacksToCheck: 1 }));
      sub.unsubscribe();
    });

    it('reports a failed load without stopping', async () => {
      const sub = start('admin', true);
      expect(emitted).toEqual([ReviewCountApiActions.loadFailed()]);
      actions$.next(live('job.returned'));
      await wait(40);
      expect(calls).toBe(2);
      sub.unsubscribe();
    });
  });
});
