import type { LiveEvent } from '@contract';
import { Subject, of } from 'rxjs';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import { jobDetail } from '../testing/job-fixtures';
import { type LiveJobChange, liveJobChanges, refreshedRows } from './live-job-changes';

describe('live job changes', () => {
  const received = (type: LiveEvent['type'], payload: Record<string, unknown>) =>
    LiveEventsActions.received({ event: { id: 1, type, payload, createdAt: '2026-11-26T09:00:00.000Z' } });

  it('reads job events (and only those) as job id and version', () => {
    const out: LiveJobChange[] = [];
    liveJobChanges(
      of(
        received('job.updated', { jobId: 'j-1', number: 'J-000001', version: 4 }),
        received('reserve.raised', { reserveId: 'r-1', jobId: 'j-1' }),
        received('job.status_changed', { jobId: 'j-2' }),
        received('job.returned', { jobId: 'j-3', version: 9 }),
        received('customer.updated', { customerId: 'c-1', version: 2 }),
      ),
    ).subscribe((change) => out.push(change));
    expect(out).toEqual([
      { jobId: 'j-1', version: 4 },
      { jobId: 'j-2', version: null },
      { jobId: 'j-3', version: 9 },
    ]);
  });

  describe('refreshedRows', () => {
    let changes: Subject<LiveJobChange>;
    let fetched: string[];
    const loaded: Record<string, number> = { 'j-1': 4, 'j-2': 1 };

    beforeEach(() => {
      // RxJS reads the time from Date.now: it must move with the fake clock.
      jasmine.clock().install().mockDate(new Date('2026-11-26T09:00:00Z'));
      changes = new Subject();
      fetched = [];
    });
    afterEach(() => jasmine.clock().uninstall());

    function run() {
      const rows: string[] = [];
      refreshedRows(
        changes,
        (id) => loaded[id],
        (id) => {
          fetched.push(id);
          return of(jobDetail({ id, number: `N-${id}`, version: 9 }));
        },
        100,
      ).subscribe((row) => rows.push(`${row.id}@${row.version}`));
      return rows;
    }

    it('fetches only jobs whose row is loaded and older than the event', () => {
      const rows = run();
      changes.next({ jobId: 'j-9', version: 3 }); // not on screen
      changes.next({ jobId: 'j-1', version: 4 }); // already shown at that version
      changes.next({ jobId: 'j-2', version: 2 });
      jasmine.clock().tick(150);
      expect(fetched).toEqual(['j-2']);
      expect(rows).toEqual(['j-2@9']);
    });

    it('turns a burst of events on one job into one request', () => {
      run();
      for (let v = 5; v < 10; v++) changes.next({ jobId: 'j-1', version: v });
      changes.next({ jobId: 'j-2', version: null });
      jasmine.clock().tick(150);
      expect(fetched.sort()).toEqual(['j-1', 'j-2']);
    });
  });
});
