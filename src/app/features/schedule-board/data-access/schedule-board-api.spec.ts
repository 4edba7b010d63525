import { ScheduleBoardApi } from './schedule-board-api';
import { apiTestBed } from '../../../../testing/api-test-bed';

describe('ScheduleBoardApi', () => {
  const bed = apiTestBed(ScheduleBoardApi);

  it('reads the board of a period', () => {
    bed.api.board({ from: '2026-11-25T23:00:00.000Z', to: '2026-11-26T23:00:00.000Z' }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/jobs/board');
    expect(req.request.params.get('from')).toBe('2026-11-25T23:00:00.000Z');
    expect(req.request.params.get('to')).toBe('2026-11-26T23:00:00.000Z');
    req.flush({ technicians: [], jobs: [], pool: [], poolTotal: 0 });
  });

  it('reschedules with If-Match carrying the version shown', () => {
    const body = { plannedStart: '2026-11-26T12:00:00.000Z', plannedEnd: '2026-11-26T13:00:00.000Z', managerId: 't-1', auxiliaryIds: [] };
    bed.api.reschedule('j/1', 7, body).subscribe();
    const req = bed.backend.expectOne('/api/jobs/j%2F1/reschedule');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('If-Match')).toBe('"7"');
    expect(req.request.body).toEqual(body);
    req.flush({});
  });
});
