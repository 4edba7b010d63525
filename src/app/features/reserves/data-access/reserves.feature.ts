import type { CustomerSummary, TechnicianOption } from '@contract';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { ReservePageActions, ReservesApiActions } from './reserves.actions';
import type { SupervisorOption } from './reserves-api';
import type { ReserveDetail, ReserveStats } from './reserve-model';

/** What the pickers offer: read again on every visit; the customers are the last search's matches. */
export interface ReservePickersState {
  technicians: TechnicianOption[];
  /** Empty when the users list could not be read (it is for administrators only). */
  supervisors: SupervisorOption[];
  customers: CustomerSummary[];
  /** Every customer met in a search, so a chosen one keeps its name. */
  customerNames: Record<string, string>;
}

/**
 * The reserve on screen (from the URL's id) with where its changes stand, and the inbox's charts.
 * The inbox's rows stream past the store (infinite row model). The pickers' people and customers.
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
  pickers: ReservePickersState;
}

export const initialReservesState: ReservesState = {
  reserve: null,
  loadError: null,
  saving: false,
  conflict: false,
  saveError: null,
  stats: null,
  statsError: false,
  pickers: { technicians: [], supervisors: [], customers: [], customerNames: {} },
};

const detailCleared = (state: ReservesState): ReservesState => ({
  ...initialReservesState,
  stats: state.stats,
  statsError: state.statsError,
  pickers: state.pickers,
});
const withPickers = (state: ReservesState, pickers: Partial<ReservePickersState>): ReservesState => ({
  ...state,
  pickers: { ...state.pickers, ...pickers },
});

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
    on(ReservesApiActions.techniciansLoaded, (state, { technicians }) => withPickers(state, { technicians })),
    on(ReservesApiActions.techniciansFailed, (state) => withPickers(state, { technicians: [] })),
    on(ReservesApiActions.supervisorsLoaded, (state, { supervisors }) => withPickers(state, { supervisors })),
    on(ReservesApiActions.supervisorsFailed, (state) => withPickers(state, { supervisors: [] })),
    on(ReservesApiActions.customersFound, (state, { customers }) =>
      withPickers(state, {
        customers,
        customerNames: { ...state.pickers.customerNames, ...Object.fromEntries(customers.map((c) => [c.id, c.name])) },
      }),
    ),
  ),
});
