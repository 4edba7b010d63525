import { AuditApiActions, AuditListPageActions } from './audit.actions';
import { auditFeature, initialAuditState } from './audit.feature';

describe('audit reducer', () => {
  const reducer = auditFeature.reducer;

  it('starts each visit from no filters, reading, and takes the total the grid reports', () => {
    let state = reducer({ ...initialAuditState, filters: { ...initialAuditState.filters, actorId: 'u-1' }, total: 9 }, AuditListPageActions.opened());
    expect(state.filters.actorId).toBe('');
    expect(state.list).toBe('loading');
    expect(state.total).toBeNull();
    state = reducer(state, AuditApiActions.blockLoaded({ total: 3 }));
    expect(state.total).toBe(3);
    expect(state.list).toBe('loaded');
  });

  it('reads again on a filter, a clear or a retry, and keeps a failure as data', () => {
    let state = reducer({ ...initialAuditState, total: 3, list: 'loaded' }, AuditListPageActions.filtersChanged({ changes: { entityType: 'job' } }));
    expect(state.filters.entityType).toBe('job');
    expect(state.list).toBe('loading');
    const error = { status: 500, code: 'internal', message: 'Boom' };
    state = reducer(state, AuditApiActions.blockFailed({ error }));
    expect(state.list).toEqual({ error });
    const retried = reducer(state, AuditListPageActions.retried());
    expect(retried.attempt).toBe(state.attempt + 1);
    expect(retried.list).toBe('loading');
    expect(reducer(state, AuditListPageActions.filtersCleared()).filters.entityType).toBe('');
  });
});
