import { ReservesApi } from './reserves-api';
import { apiTestBed } from '../../../../testing/api-test-bed';

describe('ReservesApi', () => {
  const bed = apiTestBed(ReservesApi);

  it('lists with the filters, the limit and the cursor', () => {
    bed.api.list({ filters: { view: 'unresolved', assigneeId: 'u-1' }, limit: 100, cursor: 'abc' }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/reserves');
    expect(req.request.params.keys().sort()).toEqual(['assigneeId', 'cursor', 'limit', 'view']);
    expect(req.request.params.get('view')).toBe('unresolved');
    expect(req.request.params.get('limit')).toBe('100');
    req.flush({ items: [], nextCursor: null, total: 0 });
  });

  it('posts bulk changes and follow-up jobs to their routes', () => {
    bed.api.bulk({ ids: ['r-1', 'r-2'], assigneeId: 'u-1' }).subscribe();
    const bulk = bed.backend.expectOne('/api/reserves/bulk');
    expect(bulk.request.method).toBe('POST');
    expect(bulk.request.body).toEqual({ ids: ['r-1', 'r-2'], assigneeId: 'u-1' });
    bulk.flush({ updated: 2, conflicts: [] });

    bed.api.createFollowUp('r-1', { managerId: 't-1' }).subscribe();
    const followUp = bed.backend.expectOne('/api/reserves/r-1/follow-up-job');
    expect(followUp.request.method).toBe('POST');
    followUp.flush({ job: { id: 'j', number: 'J-000200' } });
  });
});
