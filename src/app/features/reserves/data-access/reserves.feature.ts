import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { ReservePageActions, ReservesApiActions } from './reserves.actions';
import type { ReserveDetail, ReserveStats } from './reserve-model';

/**
 * The reserve on screen (from the URL's id) with where its changes stand, and the inbox's charts.
 * The inbox's rows stream past the store (infinite row model).
 */
export interface ReservesState {
  reserve: ReserveDetail | null;
  loadError: ApiErrorInfo | null;
  saving: boolean;
  /** Someone else changed the reserve meanwhile: its new state is shown, what the user typed is kept. */
  conflict: boolean;
  saveError: ApiErrorInfo | null;
  stats: ReserveStats | null;
  statsError: boolean;
}

export const initialReservesState: ReservesState = {
  reserve: null,
  loadError: null,
  saving: false,
  conflict: false,
  saveError: null,
  stats: null,
  statsError: false,
};

const detailCleared = (state: ReservesState): ReservesState => ({ ...initialReservesState, stats: state.stats, statsError: state.statsError });

export const reservesFeature = createFeature({
  name: 'reserves',
  reducer: createReducer(
    initialReservesState,
    // Another reserve: nothing of the previous one stays on screen.
    on(ReservePageActions.opened, ReservePageActions.retried, (state, { id }): ReservesState =>
      state.reserve?.id === id ? { ...state, loadError: null } : detailCleared(state),
    ),
    on(ReservePageActions.closed, detailCleared),
    on(ReservesApiActions.loaded, (state, { reserve }): ReservesState => ({ ...state, reserve, loadError: null })),
    on(ReservesApiActions.loadFailed, (state, { error }): ReservesState => ({ ...state, loadError: error })),
    on(ReservePageActions.changeSubmitted, (state): ReservesState => ({ ...state, saving: true, saveError: null, conflict: false })),
    on(ReservesApiActions.changeSaved, (state, { reserve }): ReservesState => ({ ...state, reserve, saving: false })),
    on(ReservesApiActions.changeConflicted, (state): ReservesState => ({ ...state, saving: false, conflict: true })),
    on(ReservesApiActions.changeFailed, (state, { error }): ReservesState => ({ ...state, saving: false, saveError: error })),
    on(ReservePageActions.conflictDismissed, (state): ReservesState => ({ ...state, conflict: false })),
    on(ReservesApiActions.statsLoaded, (state, { stats }): ReservesState => ({ ...state, stats, statsError: false })),
    on(ReservesApiActions.statsFailed, (state): ReservesState => ({ ...state, statsError: true })),
  ),
});
