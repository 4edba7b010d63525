import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { JobBoard, JobOverlaps } from '@contract';
import { aJobsWorld, type JobsWorld } from './jobs-list.fixtures';
import { as, createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let dispatcher: Credentials;
let world: JobsWorld;
let alice: string;
let bruno: string;
let chloe: string;
const jobs: Record<string, { id: string; number: string }> = {};
const at = (day: number, hour: number) => new Date(Date.UTC(2031, 4, day, hour)).toISOString();

before(async () => {
  t = await createTestApp();
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  alice = (await createUser(t.db, { role: 'technician', displayName: 'Alice Martin' })).id;
  bruno = (await createUser(t.db, { role: 'technician', displayName: 'Bruno Petit' })).id;
  chloe = (await createUser(t.db, { role: 'technician', displayName: 'Chloé Durand' })).id;
  await createUser(t.db, { role: 'technician', displayName: 'Former technician', active: false });
  world = await aJobsWorld(t.db);
  jobs.aliceMonday = await world.add({ managerId: alice, plannedStart: at(5, 8), plannedEnd: at(5, 10), customer: 'Dupont Plomberie' });
  jobs.brunoWithAlice = await world.add({ managerId: bruno, auxiliaryIds: [alice], plannedStart: at(5, 9), plannedEnd: at(5, 12) });
  jobs.spanningIn = await world.add({ managerId: chloe, plannedStart: at(3, 8), plannedEnd: at(5, 1) });
  jobs.endsAtFrom = await world.add({ managerId: chloe, plannedStart: at(3, 22), plannedEnd: at(4, 0) });
  jobs.afterRange = await world.add({ managerId: alice, plannedStart: at(12, 8), plannedEnd: at(12, 9) });
  jobs.cancelled = await world.add({ managerId: alice, status: 'cancelled', plannedStart: at(5, 7), plannedEnd: at(5, 9) });
  jobs.poolUndated = await world.add({ status: 'created' });
  jobs.poolUnassigned = await world.add({ status: 'created', plannedStart: at(6, 8), plannedEnd: at(6, 9) });
  jobs.createdButPlanned = await world.add({ status: 'created', managerId: bruno, plannedStart: at(6, 8), plannedEnd: at(6, 9) });
});
after(() => t.close());

const key = (id: string) => Object.entries(jobs).find(([, v]) => v.id === id)?.[0] ?? id;

async function board(query: string) {
  const res = await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/jobs/board?${query}` }));
  return { status: res.statusCode, body: res.json() as JobBoard };
}

test('the board shows active technicians, their jobs overlapping the range, and the pool', async () => {
  const { status, body } = await board(`from=${at(4, 0)}&to=${at(11, 0)}`);
  assert.equal(status, 200);
  assert.deepEqual(body.technicians.map((p) => p.name), ['Alice Martin', 'Bruno Petit', 'Chloé Durand']);
  assert.deepEqual(body.jobs.map((j) => key(j.id)), ['spanningIn', 'aliceMonday', 'brunoWithAlice', 'createdButPlanned']);
  const shared = body.jobs.find((j) => j.id === jobs.brunoWithAlice!.id)!;
  assert.equal(shared.managerId, bruno);
  assert.deepEqual(shared.auxiliaryIds, [alice]);
  const monday = body.jobs.find((j) => j.id === jobs.aliceMonday!.id)!;
  assert.equal(monday.customerName, 'Dupont Plomberie');
  assert.equal(monday.siteCity, 'City of Dupont Plomberie');
  assert.equal(monday.number, jobs.aliceMonday!.number);
  assert.equal(monday.version, 1);
  assert.deepEqual(body.pool.map((j) => key(j.id)), ['poolUnassigned', 'poolUndated'], 'newest first');
  assert.equal(body.poolTotal, 2);
});

test('the board can be narrowed to some technicians (an auxiliary sees the shared job)', async () => {
  const { body } = await board(`from=${at(4, 0)}&to=${at(11, 0)}&technicianIds=${alice}`);
  assert.deepEqual(body.technicians.map((p) => p.id), [alice]);
  assert.deepEqual(body.jobs.map((j) => key(j.id)), ['aliceMonday', 'brunoWithAlice']);
});

test('the pool shows at most 100 jobs but counts them all', async () => {
  const local = await createTestApp();
  try {
    const caller = await signIn(local.app, await createUser(local.db, { role: 'admin' }));
    const pooled = await aJobsWorld(local.db);
    for (let i = 0; i < 103; i++) await pooled.add({ status: 'created' });
    const res = await local.app.inject(as(caller, { method: 'GET', url: `/api/jobs/board?from=${at(4, 0)}&to=${at(5, 0)}` }));
    const body = res.json() as JobBoard;
    assert.equal(body.pool.length, 100);
    assert.equal(body.poolTotal, 103);
  } finally {
    await local.close();
  }
});

test('a board longer than 14 days, backwards or with unknown fields is a 400', async () => {
  for (const query of [`from=${at(1, 0)}&to=${at(15, 1)}`, `from=${at(5, 0)}&to=${at(4, 0)}`, `from=${at(4, 0)}&to=${at(5, 0)}&zoom=2`, `from=monday&to=${at(5, 0)}`, `to=${at(5, 0)}`]) {
    const { status } = await board(query);
    assert.equal(status, 400, query);
  }
});

async function overlaps(query: string) {
  const res = await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/jobs/overlaps?${query}` }));
  return { status: res.statusCode, body: res.json() as JobOverlaps };
}

test("the overlap warning lists each technician's other jobs in the slot", async () => {
  const { status, body } = await overlaps(`technicianIds=${alice},${chloe}&start=${at(5, 0)}&end=${at(5, 9)}`);
  assert.equal(status, 200);
  assert.deepEqual(
    body.overlaps.map((o) => [o.technicianName, key(o.jobId)]),
    [
      ['Chloé Durand', 'spanningIn'],
      ['Alice Martin', 'aliceMonday'],
    ],
  );
  const first = body.overlaps.find((o) => o.jobId === jobs.aliceMonday!.id)!;
  assert.deepEqual(first, { technicianId: alice, technicianName: 'Alice Martin', jobId: jobs.aliceMonday!.id, number: jobs.aliceMonday!.number, plannedStart: at(5, 8), plannedEnd: at(5, 10) });

  const asAuxiliary = await overlaps(`technicianIds=${alice}&start=${at(5, 10)}&end=${at(5, 11)}`);
  assert.deepEqual(asAuxiliary.body.overlaps.map((o) => key(o.jobId)), ['brunoWithAlice'], 'an auxiliary is busy too; touching end to end is no overlap');

  const editing = await overlaps(`technicianIds=${alice}&start=${at(5, 8)}&end=${at(5, 9)}&excludeJobId=${jobs.aliceMonday!.id}`);
  assert.deepEqual(editing.body.overlaps, [], 'the job being edited is not its own overlap; cancelled jobs are ignored');

  const free = await overlaps(`technicianIds=${chloe}&start=${at(6, 0)}&end=${at(6, 23)}`);
  assert.deepEqual(free.body.overlaps, []);
});

test('overlap queries with a bad slot or list are 400s', async () => {
  for (const query of [`technicianIds=&start=${at(5, 0)}&end=${at(5, 1)}`, `technicianIds=${alice}&start=${at(5, 1)}&end=${at(5, 0)}`, `technicianIds=${alice}&start=${at(5, 0)}`, `technicianIds=${alice}&start=${at(5, 0)}&end=${at(5, 1)}&extra=1`]) {
    const { status } = await overlaps(query);
    assert.equal(status, 400, query);
  }
});
