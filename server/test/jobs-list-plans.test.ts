import { after, before, test } from 'node:test';
import { JobBoardQuery, JobListQuery, JobOverlapsQuery, jobListSorts, jobListViews, type JobListQuery as ListInput } from '@contract';
import { loadJobBoard } from '../src/modules/jobs/jobs-board.repository';
import { JobPositions } from '../src/modules/jobs/job-positions';
import { allJobs, listJobs } from '../src/modules/jobs/jobs-list.repository';
import { findOverlaps } from '../src/modules/jobs/jobs-overlaps.repository';
import { aJobsWorld } from './jobs-list.fixtures';
import { createUser } from './helpers/test-app';
import { planTestDb, type PlanTestDb } from './helpers/query-plan';

/**
 * No full scan of jobs (or of any table) behind a filter, a view, a sort, a next page, the export,
 * the board or the overlap check: every select they run is explained on the real database
 * (PostgreSQL with sequential scans off, so one that remains has no usable index).
 */
let plans: PlanTestDb;
let technicianId: string;
let customerId: string;

before(async () => {
  plans = await planTestDb();
  technicianId = (await createUser(plans.testDb.handle.db, { role: 'technician' })).id;
  const world = await aJobsWorld(plans.testDb.handle.db);
  const start = Date.UTC(2030, 0, 1);
  for (let i = 0; i < 12; i++) {
    const at = new Date(start + i * 3_600_000).toISOString();
    await world.add({ managerId: i % 2 ? technicianId : null, plannedStart: i % 3 ? at : null, plannedEnd: i % 3 ? new Date(start + (i + 1) * 3_600_000).toISOString() : null, description: 'Fuite chaudière' });
  }
  customerId = world.customers.values().next().value!.id;
});
after(() => plans.close());

const explainAll = (label: string, run: () => Promise<unknown>) => plans.assertIndexedOnly(label, run);

const list = (input: ListInput) => listJobs(plans.logged.db, JobListQuery.parse({ limit: 5, ...input }));

test('every filter and view reads indexes only', async () => {
  const filters: ListInput[] = [
    {},
    { status: 'scheduled,draft' },
    { technicianId },
    { customerId },
    { from: '2030-01-01T00:00:00.000Z', to: '2030-01-02T00:00:00.000Z' },
    { hasOpenReserves: 'true' },
    { q: 'J-9' },
    { q: 'boulang' },
    { q: 'fuite chaud' },
    { q: 'fuite', status: 'scheduled', technicianId },
    ...jobListViews.map((view) => ({ view })),
  ];
  for (const filter of filters) await explainAll(JSON.stringify(filter), () => list(filter));
});

test('every sort, both ways, its next pages and a scrollbar jump read indexes only', async () => {
  for (const sort of jobListSorts) {
    for (const dir of ['asc', 'desc'] as const) {
      const label = `${sort} ${dir}`;
      await explainAll(label, () => list({ sort, dir }));
      await explainAll(`${label} with a status`, () => list({ sort, dir, status: 'scheduled' }));
      await explainAll(`${label} with a technician`, () => list({ sort, dir, technicianId }));
      await explainAll(`${label} offset`, () => list({ sort, dir, offset: '6' }));
      let cursor = (await list({ sort, dir })).nextCursor;
      while (cursor) {
        const at = cursor;
        await explainAll(`${label} next page`, () => list({ sort, dir, cursor: at }));
        cursor = (await list({ sort, dir, cursor: at })).nextCursor;
      }
    }
  }
});

test('the sort samples, an estimated total and a deep jump read indexes only', async () => {
  const positions = new JobPositions(plans.logged.db, { exactUpTo: 2, sampleSize: 4, maxAgeMs: 3_600_000, exactOffsetUpTo: 1 });
  await explainAll('sort samples', () => positions.refresh());
  const deep = (input: ListInput) => listJobs(plans.logged.db, JobListQuery.parse({ limit: 2, ...input }), positions);
  for (const filter of [{}, { status: 'scheduled,draft' }, { technicianId }, { view: 'late' as const }, { q: 'fuite' }]) {
    await explainAll(`estimate ${JSON.stringify(filter)}`, () => deep(filter));
    for (const sort of jobListSorts) {
      for (const dir of ['asc', 'desc'] as const) await explainAll(`${sort} ${dir} deep jump ${JSON.stringify(filter)}`, () => deep({ ...filter, sort, dir, offset: '7' }));
    }
  }
});

test('the export, the board and the overlap check read indexes only', async () => {
  await explainAll('export', async () => {
    for await (const _ of allJobs(plans.logged.db, JobListQuery.parse({ view: 'today' }), 3));
    for await (const _ of allJobs(plans.logged.db, JobListQuery.parse({ q: 'fuite' }), 3));
  });
  await explainAll('board', () => loadJobBoard(plans.logged.db, JobBoardQuery.parse({ from: '2030-01-01T00:00:00.000Z', to: '2030-01-08T00:00:00.000Z' })));
  await explainAll('board of some', () =>
    loadJobBoard(plans.logged.db, JobBoardQuery.parse({ from: '2030-01-01T00:00:00.000Z', to: '2030-01-08T00:00:00.000Z', technicianIds: technicianId })),
  );
  await explainAll('overlaps', () =>
    findOverlaps(plans.logged.db, JobOverlapsQuery.parse({ technicianIds: technicianId, start: '2030-01-01T02:30:00.000Z', end: '2030-01-01T05:00:00.000Z' })),
  );
});
