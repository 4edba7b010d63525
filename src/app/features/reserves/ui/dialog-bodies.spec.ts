import { bulkBody } from './bulk-dialog';
import { followUpBody } from './follow-up-dialog';

describe('bulk action bodies', () => {
  const status = { mode: 'status' as const, ids: ['r-1', 'r-2'], supervisors: [] };
  const assign = { ...status, mode: 'assign' as const };

  it('a status change carries the status and the trimmed comment, never without a comment', () => {
    expect(bulkBody(status, { status: 'resolved', comment: ' Done ', assigneeId: null })).toEqual({ ids: ['r-1', 'r-2'], status: 'resolved', comment: 'Done' });
    expect(bulkBody(status, { status: 'resolved', comment: '  ', assigneeId: null })).toBeNull();
    expect(bulkBody(status, { status: null, comment: 'Done', assigneeId: null })).toBeNull();
  });

  it('an assignment carries only the assignee (null unassigns)', () => {
    expect(bulkBody(assign, { status: 'resolved', comment: 'ignored', assigneeId: 'u-1' })).toEqual({ ids: ['r-1', 'r-2'], assigneeId: 'u-1' });
    expect(bulkBody(assign, { status: null, comment: '', assigneeId: null })).toEqual({ ids: ['r-1', 'r-2'], assigneeId: null });
  });
});

describe('follow-up job body', () => {
  it('leaves out what was not given and sends instants in UTC', () => {
    expect(followUpBody({ plannedStart: '', plannedEnd: '', managerId: null })).toEqual({});
    const body = followUpBody({ plannedStart: '2026-12-01T08:00', plannedEnd: '2026-12-01T10:00', managerId: 't-1' });
    expect(body.managerId).toBe('t-1');
    expect(body.plannedStart).toBe(new Date('2026-12-01T08:00').toISOString());
    expect(Date.parse(body.plannedEnd!) - Date.parse(body.plannedStart!)).toBe(2 * 3600_000);
  });
});
