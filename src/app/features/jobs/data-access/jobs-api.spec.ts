import { JobsApi } from './jobs-api';
import { apiTestBed } from '../../../../testing/api-test-bed';

describe('JobsApi', () => {
  const bed = apiTestBed(JobsApi);

  it('lists with the filters, the block size and the cursor (not the offset)', () => {
    bed.api.list({ filters: { view: 'today', status: 'scheduled,started' }, limit: 100, cursor: 'abc', offset: 300 }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/jobs');
    expect(req.request.params.keys().sort()).toEqual(['cursor', 'limit', 'status', 'view']);
    expect(req.request.params.get('status')).toBe('scheduled,started');
    expect(req.request.params.get('limit')).toBe('100');
    expect(req.request.params.get('cursor')).toBe('abc');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('reschedules with the version seen in If-Match', () => {
    const input = { plannedStart: '2026-11-27T08:00:00.000Z', plannedEnd: '2026-11-27T10:00:00.000Z', managerId: 'u-7', auxiliaryIds: [] };
    bed.api.reschedule('j/1', 4, input).subscribe();
    const req = bed.backend.expectOne({ method: 'POST', url: '/api/jobs/j%2F1/reschedule' });
    expect(req.request.headers.get('If-Match')).toBe('"4"');
    expect(req.request.body).toEqual(input);
    req.flush({});
  });
});
