import { reserveDetail } from '../testing/reserve-fixtures';
import { ReservePageActions, ReservesApiActions } from './reserves.actions';
import type { ReserveStats } from './reserve-model';
import { type ReservesState, initialReservesState, reservesFeature } from './reserves.feature';

const reduce = (state: ReservesState, ...actions: Parameters<typeof reservesFeature.reducer>[1][]) => actions.reduce(reservesFeature.reducer, state);
const shown: ReservesState = { ...initialReservesState, reserve: reserveDetail({ version: 3 }) };
const refused = { status: 422, code: 'validation_failed', message: 'No' };

describe('reserves feature', () => {
  it('shows the saved reserve once a change went through', () => {
    const saving = reduce(shown, ReservePageActions.changeSubmitted({ change: 'status', patch: { status: 'resolved', comment: 'Fixed' } }));
    expect(saving.saving).toBeTrue();
    const saved = reduce(saving, ReservesApiActions.changeSaved({ change: 'status', reserve: reserveDetail({ version: 4, status: 'resolved' }) }));
    expect(saved.saving).toBeFalse();
    expect(saved.reserve?.status).toBe('resolved');
    expect(saved.conflict).toBeFalse();
  });

  it('on 412 says someone else changed it, then shows the new state as it is read again', () => {
    const conflicted = reduce(
      shown,
      ReservePageActions.changeSubmitted({ change: 'status', patch: { status: 'resolved', comment: 'Fixed' } }),
      ReservesApiActions.changeConflicted({ id: 'r-1' }),
    );
    expect(conflicted.conflict).toBeTrue();
    const reloaded = reduce(conflicted, ReservesApiActions.loaded({ reserve: reserveDetail({ version: 5, status: 'compliant' }) }));
    expect(reloaded.reserve?.version).toBe(5);
    expect(reloaded.conflict).toBeTrue();
    expect(reloaded.saveError).toBeNull();
    expect(reduce(reloaded, ReservePageActions.conflictDismissed()).conflict).toBeFalse();
  });

  it('keeps other failures as an error to show', () => {
    const failed = reduce(shown, ReservePageActions.changeSubmitted({ change: 'assignee', patch: { assigneeId: 'u-9' } }), ReservesApiActions.changeFailed({ error: refused }));
    expect(failed.saveError?.status).toBe(422);
    expect(failed.conflict).toBeFalse();
    expect(failed.saving).toBeFalse();
  });

  it('keeps the reserve on screen when it is read again, and shows nothing of another one', () => {
    expect(reduce(shown, ReservePageActions.retried({ id: 'r-1' })).reserve).toBe(shown.reserve);
    expect(reduce(shown, ReservePageActions.opened({ id: 'r-2' })).reserve).toBeNull();
    expect(reduce(shown, ReservesApiActions.loadFailed({ id: 'r-1', error: refused })).loadError).toEqual(refused);
    expect(reduce(shown, ReservePageActions.closed()).reserve).toBeNull();
  });

  it('holds the inbox charts, or that they could not be read', () => {
    const stats: ReserveStats = { openedVsClosedByWeek: [], openByAge: [], topFields: [] };
    const loaded = reduce(initialReservesState, ReservesApiActions.statsFailed(), ReservesApiActions.statsLoaded({ stats }));
    expect(loaded.stats).toBe(stats);
    expect(loaded.statsError).toBeFalse();
    expect(reduce(loaded, ReservesApiActions.statsFailed()).statsError).toBeTrue();
    expect(reduce(loaded, ReservePageActions.closed()).stats).toBe(stats);
  });
});
