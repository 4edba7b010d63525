import type { AuditEntry } from '@contract';
import { AuditApiActions, AuditListPageActions } from './audit.actions';
import { auditFeature, initialAuditState } from './audit.feature';

describe('audit reducer', () => {
  const reducer = auditFeature.reducer;
  const entry = (id: string) => ({ id }) as AuditEntry;
  const page = (ids: string[], nextCursor: string | null) => ({ items: ids.map(entry), total: 3, nextCursor });

  it('starts each visit from no filters and appends the pages "more" reads', () => {
    let state = reducer({ ...initialAuditState, filters: { ...initialAuditState.filters, actorId: 'u-1' } }, AuditListPageActions.opened());
    expect(state.filters.actorId).toBe('');
    expect(state.list).toBe('loading');
    state = reducer(state, AuditApiActions.pageLoaded({ page: page(['a-1', 'a-2'], 'k1'), append: false }));
    state = reducer(state, AuditListPageActions.moreRequested());
    expect(state.list).toBe('loading');
    state = reducer(state, AuditApiActions.pageLoaded({ page: page(['a-3'], null), append: true }));
    expect(auditFeature.selectRows.projector(state).map((e) => e.id)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(state.nextCursor).toBeNull();
    expect(reducer(state, AuditListPageActions.moreRequested())).toBe(state);
  });

  it('keeps the rows shown when a filter changes until the new first page replaces them', () => {
    let state = reducer(initialAuditState, AuditApiActions.pageLoaded({ page: page(['a-1'], null), append: false }));
    state = reducer(state, AuditListPageActions.filtersChanged({ changes: { entityType: 'job' } }));
    expect(state.filters.entityType).toBe('job');
    expect(state.ids).toEqual(['a-1']);
    state = reducer(state, AuditApiActions.pageLoaded({ page: page(['a-9'], null), append: false }));
    expect(state.ids).toEqual(['a-9']);
    const error = { status: 500, code: 'internal', message: 'Boom' };
    expect(reducer(state, AuditApiActions.pageFailed({ error })).list).toEqual({ error });
    expect(reducer(state, AuditListPageActions.filtersCleared()).filters.entityType).toBe('');
  });
});
