import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { JobListQuery, type GridPage, type JobListQuery as ListInput, type JobSummary } from '@contract';
import { JobPositions, type JobPositionsOptions } from '../src/modules/jobs/job-positions';
import { listJobs } from '../src/modules/jobs/jobs-list.repository';
import { aJobsWorld } from './jobs-list.fixtures';
import { as, createTestApp, createUser, signIn, type TestApp } from './helpers/test-app';

/**
 * The jobs grid's total comes with the first block only: exact up to a cap, an estimate beyond,
 * flagged; a scrollbar jump lands about where it was asked, anywhere, never refused. The cap and
 * the sample are made small here (a few dozen jobs stand for a million).
 */
let t: TestApp;
let positions: JobPositions;
const JOBS = 90;
const UNDATED = 12;
const options: JobPositionsOptions = { exactUpTo: 40, sampleSize: 12, maxAgeMs: 3_600_000, exactOffsetUpTo: 5 };
const HOUR = 3_600_000;
const start = Date.UTC(2031, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString();

before(async () => {
  t = await createTestApp();
  const world = await aJobsWorld(t.db);
  for (let i = 0; i < JOBS; i++) {
    const dated = i >= UNDATED;
    // Two jobs in three scheduled (60), one in three validated (30); planned starts a little out of creation order.
    await world.add({
      status: i % 3 === 2 ? 'validated' : 'scheduled',
      plannedStart: dated ? iso(start + ((i * 37) % JOBS) * HOUR) : null,
      plannedEnd: dated ? iso(start + ((i * 37) % JOBS) * HOUR + HOUR) : null,
      updatedAt: iso(start - i * 60_000),
    });
  }
  positions = new JobPositions(t.db, options);
  await positions.refresh();
});
after(async () => {
  await positions.stop();
  await t.close();
});

const list = (input: ListInput) => listJobs(t.db, JobListQuery.parse(input), positions);

/** Every job of the list in its order, read by keyset (the reference a jump is measured against). */
async function whole(input: ListInput): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: GridPage<JobSummary> = await list({ ...input, limit: '7', ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((j) => j.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

test('a filter up to the cap is counted exactly, with the first block', async () => {
  const page = await list({ status: 'validated', limit: '5' });
  assert.equal(page.total, 30);
  assert.equal(page.totalIsEstimate, false);
});

test('beyond the cap the total is an estimate, flagged, near the real count', async () => {
  const all = await list({ limit: '5' });
  assert.equal(all.totalIsEstimate, true);
  assert.equal(all.total, JOBS, 'unfiltered: the rows of the sample walk');
  const scheduled = await list({ status: 'scheduled', limit: '5' });
  assert.equal(scheduled.totalIsEstimate, true);
  assert.ok(scheduled.total! > options.exactUpTo && scheduled.total! >= 40 && scheduled.total! <= 80, `about 60 scheduled, estimated ${scheduled.total}`);
});

test('the blocks after the first count nothing: no total', async () => {
  const first = await list({ status: 'validated', limit: '5' });
  const next = await list({ status: 'validated', limit: '5', cursor: first.nextCursor! });
  assert.equal(next.total, null);
  assert.equal(next.totalIsEstimate, false);
  assert.equal(next.items.length, 5);
  const jumped = await list({ status: 'validated', limit: '5', offset: '3' });
  assert.equal(jumped.total, null, 'a scrollbar jump is a later block too');
});

test('a deep jump lands about where it was asked, in every sort, both ways, then reads on by keyset', async () => {
  for (const sort of ['plannedStart', 'number', 'updatedAt'] as const) {
    for (const dir of ['asc', 'desc'] as const) {
      const order = await whole({ sort, dir });
      assert.equal(order.length, JOBS);
      for (const offset of [20, 45, 70, 84]) {
        const page = await list({ sort, dir, limit: '5', offset: String(offset) });
        const at = order.indexOf(page.items[0]!.id);
        assert.ok(Math.abs(at - offset) <= 8, `${sort} ${dir} offset ${offset}: landed at ${at}`);
        assert.deepEqual(page.items.map((j) => j.id), order.slice(at, at + 5), `${sort} ${dir} offset ${offset}: consecutive rows`);
        if (page.nextCursor) {
          const next = await list({ sort, dir, limit: '5', cursor: page.nextCursor });
          assert.deepEqual(next.items.map((j) => j.id), order.slice(at + 5, at + 10), `${sort} ${dir} offset ${offset}: keyset on from there`);
        }
      }
    }
  }
});

test('a filtered deep jump lands about there among the matching jobs', async () => {
  const order = await whole({ status: 'scheduled', sort: 'plannedStart', dir: 'desc' });
  assert.equal(order.length, 60);
  for (const offset of [15, 30, 50]) {
    const page = await list({ status: 'scheduled', sort: 'plannedStart', dir: 'desc', limit: '5', offset: String(offset) });
    const at = order.indexOf(page.items[0]!.id);
    assert.ok(at >= 0 && Math.abs(at - offset) <= 12, `offset ${offset}: landed at ${at}`);
    assert.deepEqual(page.items.map((j) => j.id), order.slice(at, at + 5));
  }
});

test('a jump at or past the end shows the last rows, never an error', async () => {
  for (const sort of ['plannedStart', 'number'] as const) {
    const order = await whole({ sort });
    for (const offset of [JOBS - 3, JOBS + 500, 1_000_000_000]) {
      const page = await list({ sort, limit: '5', offset: String(offset) });
      assert.ok(page.items.length > 0, `${sort} offset ${offset}: rows`);
      assert.deepEqual(page.items.map((j) => j.id), order.slice(order.length - page.items.length), `${sort} offset ${offset}: the list's last rows`);
      assert.equal(page.nextCursor, null);
    }
  }
});

test('the API answers the total on the first block only, and takes any position', async () => {
  const dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  const get = async (query: string) => {
    const res = await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/jobs?${query}` }));
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as GridPage<JobSummary>;
  };
  const first = await get('limit=10');
  assert.deepEqual([first.total, first.totalIsEstimate], [JOBS, false], 'the default cap is far above these jobs');
  const next = await get(`limit=10&cursor=${first.nextCursor}`);
  assert.equal(next.total, null);
  const deep = await get('limit=10&offset=5000000');
  assert.equal(deep.items.length, 10);
  const bad = await t.app.inject(as(dispatcher, { method: 'GET', url: '/api/jobs?offset=-1' }));
  assert.equal(bad.statusCode, 400);
});
