import type { User } from '@contract';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import { AuditApiActions, AuditListPageActions } from './audit.actions';
import { noAuditFilters, type AuditFilters } from './audit-filters';

/**
 * The audit trail's query and what the grid reported of it. The rows themselves stream through the
 * grid's datasource (a log read block by block), never through the store.
 */
export interface AuditState {
  filters: AuditFilters;
  /** Bumped by a retry: the page builds a new datasource and the grid reads the list again. */
  attempt: number;
  total: number | null;
  list: CallState;
  /** People to filter by. */
  people: User[];
}

export const initialAuditState: AuditState = {
  filters: noAuditFilters,
  attempt: 0,
  total: null,
  list: 'idle',
  people: [],
};

const reading = (state: AuditState): AuditState => ({ ...state, total: null, list: 'loading' });

export const auditFeature = createFeature({
  name: 'audit',
  reducer: createReducer(
    initialAuditState,
    // Each visit starts from no filters.
    on(AuditListPageActions.opened, () => reading(initialAuditState)),
    on(AuditListPageActions.filtersChanged, (state, { changes }) => reading({ ...state, filters: { ...state.filters, ...changes } })),
    on(AuditListPageActions.filtersCleared, (state) => reading({ ...state, filters: noAuditFilters })),
    on(AuditListPageActions.retried, (state) => reading({ ...state, attempt: state.attempt + 1 })),
    on(AuditApiActions.blockLoaded, (state, { total }) => ({ ...state, total, list: 'loaded' as const })),
    on(AuditApiActions.blockFailed, (state, { error }) => ({ ...state, list: { error } })),
    on(AuditApiActions.peopleLoaded, (state, { people }) => ({ ...state, people })),
    on(AuditApiActions.peopleLoadFailed, (state) => ({ ...state, people: [] })),
  ),
});
