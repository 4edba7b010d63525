import type { AuditEntry, User } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import { AuditApiActions, AuditListPageActions } from './audit.actions';
import { noAuditFilters, type AuditFilters } from './audit-filters';

/** The audit trail of the current filters, page after page, newest first as the server answers. */
export interface AuditState extends EntityState<AuditEntry> {
  filters: AuditFilters;
  total: number | null;
  nextCursor: string | null;
  list: CallState;
  /** People to filter by. */
  people: User[];
}

export const auditAdapter = createEntityAdapter<AuditEntry>();

export const initialAuditState: AuditState = auditAdapter.getInitialState({
  filters: noAuditFilters,
  total: null,
  nextCursor: null,
  list: 'idle',
  people: [],
});

export const auditFeature = createFeature({
  name: 'audit',
  reducer: createReducer(
    initialAuditState,
    // Each visit starts from no filters.
    on(AuditListPageActions.opened, () => ({ ...initialAuditState, list: 'loading' as const })),
    on(AuditListPageActions.filtersChanged, (state, { changes }) => ({
      ...state,
      filters: { ...state.filters, ...changes },
      list: 'loading' as const,
    })),
    on(AuditListPageActions.filtersCleared, (state) => ({ ...state, filters: noAuditFilters, list: 'loading' as const })),
    on(AuditListPageActions.retried, (state) => ({ ...state, list: 'loading' as const })),
    on(AuditListPageActions.moreRequested, (state) => (state.nextCursor ? { ...state, list: 'loading' as const } : state)),
    on(AuditApiActions.pageLoaded, (state, { page, append }) =>
      (append ? auditAdapter.addMany : auditAdapter.setAll)(page.items, {
        ...state,
        total: page.total,
        nextCursor: page.nextCursor,
        list: 'loaded' as const,
      }),
    ),
    on(AuditApiActions.pageFailed, (state, { error }) => ({ ...state, list: { error } })),
    on(AuditApiActions.peopleLoaded, (state, { people }) => ({ ...state, people })),
    on(AuditApiActions.peopleLoadFailed, (state) => ({ ...state, people: [] })),
  ),
  extraSelectors: ({ selectAuditState }) => ({
    selectRows: auditAdapter.getSelectors(selectAuditState).selectAll,
  }),
});
