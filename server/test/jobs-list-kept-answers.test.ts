import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDb, type DbHandle } from '../src/db/create-db';
import { AnswerCache } from '../src/shared/answer-cache';
import { aJobsWorld, type JobsWorld } from './jobs-list.fixtures';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

/**
 * The jobs grid's blocks are kept while nothing is written (issue 15, target 5): what a manager
 * must never notice is a kept block after a change — whoever made it, this server or another
 * process on the same database.
 */
let t: TestApp;
let dispatcher: Credentials;
let world: JobsWorld;
let otherProcess: DbHandle;
const statements: string[] = [];

before(async () => {
  t = await createTestApp({ queryLog: (event) => void statements.push(event.query.sql) });
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  world = await aJobsWorld(t.db);
  await world.add({ status: 'created', customer: 'Dupont Plomberie' });
  // A second connection to the same database: another server instance, a script, the simulator.
  otherProcess = createDb({ dataDir: t.testDb.dataDir, databaseUrl: t.testDb.databaseUrl });
});
after(async () => {
  await otherProcess.close();
  await t.close();
});

async function firstBlock(): Promise<{ body: string; total: number; customers: string[] }> {
  const res = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=50', headers: dispatcher.headers });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  const page = res.json() as { total: number; items: { customerName: string }[] };
  return { body: res.body, total: page.total, customers: page.items.map((i) => i.customerName).sort() };
}

test('the same block asked twice with nothing written in between is the same answer', async () => {
  const first = await firstBlock();
  assert.equal((await firstBlock()).body, first.body);
});

test('the second of fifty managers asking the same block costs no query on the jobs', async () => {
  // Kept answers also end with the clock's second: one of three tries may straddle it, not all three.
  const jobQueriesPerTry: string[][] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    await firstBlock();
    statements.length = 0;
    await firstBlock();
    jobQueriesPerTry.push(statements.filter((sql) => /\bjobs\b/.test(sql)));
  }
  assert.ok(jobQueriesPerTry.some((queries) => queries.length === 0), JSON.stringify(jobQueriesPerTry));
});

test('a job written by this server shows in the very next block', async () => {
  const before = await firstBlock();
  await world.add({ status: 'scheduled', customer: 'Café Lumière' });
  const next = await firstBlock();
  assert.equal(next.total, before.total + 1);
  assert.ok(next.customers.includes('Café Lumière'));
});

test('a job written by another process on the same database shows in the very next block', async () => {
  const before = await firstBlock();
  const elsewhere = await aJobsWorld(otherProcess.db);
  await elsewhere.add({ status: 'created', customer: 'Boulangerie Martin' });
  const next = await firstBlock();
  assert.equal(next.total, before.total + 1);
  assert.ok(next.customers.includes('Boulangerie Martin'));
});

test('a change through the API (a cancelled job) is seen at once', async () => {
  const target = await world.add({ status: 'created', customer: 'Hôtel du Parc' });
  const shown = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=50&status=created', headers: dispatcher.headers });
  assert.ok(shown.json().items.some((i: { id: string }) => i.id === target.id));
  const job = await t.app.inject({ method: 'GET', url: `/api/jobs/${target.id}`, headers: dispatcher.headers });
  const cancelled = await t.app.inject({
    method: 'POST',
    url: `/api/jobs/${target.id}/cancel`,
    headers: { ...dispatcher.headers, 'if-match': String(job.headers.etag) },
    payload: { reason: 'Customer called' },
  });
  assert.equal(cancelled.statusCode, 200, cancelled.body);
  const after = await t.app.inject({ method: 'GET', url: '/api/jobs?limit=50&status=created', headers: dispatcher.headers });
  assert.ok(!after.json().items.some((i: { id: string }) => i.id === target.id));
});

test('kept answers: one per request while the version and the clock second last; shared while computed', async () => {
  let now = 10_000;
  const cache = new AnswerCache({ maxEntries: 2, clockBucketMs: 1000, now: () => now });
  let computed = 0;
  const compute = async () => `answer ${++computed}`;
  const [a, b] = await Promise.all([cache.answer('v1', '/a', compute), cache.answer('v1', '/a', compute)]);
  assert.deepEqual([a, b, computed], ['answer 1', 'answer 1', 1], 'identical requests in flight share one computation');
  assert.equal(await cache.answer('v1', '/a', compute), 'answer 1');
  assert.equal(await cache.answer('v2', '/a', compute), 'answer 2', 'a new data version drops it');
  now += 1000;
  assert.equal(await cache.answer('v2', '/a', compute), 'answer 3', 'the next second of the clock drops it');
  assert.equal(await cache.answer(null, '/a', compute), 'answer 4', 'no version: never kept');
  assert.equal(await cache.answer(null, '/a', compute), 'answer 5');
  await cache.answer('v2', '/b', compute);
  await cache.answer('v2', '/c', compute);
  assert.equal(await cache.answer('v2', '/a', compute), 'answer 8', 'least recently used dropped past maxEntries');
  const failing = () => Promise.reject(new Error('bad cursor'));
  await assert.rejects(cache.answer('v2', '/bad', failing));
  assert.equal(await cache.answer('v2', '/bad', compute), 'answer 9', 'a failure is not kept');
});
