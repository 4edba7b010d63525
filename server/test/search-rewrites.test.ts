import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { CustomerPatch, SiteInput } from '@contract';
import { findCustomer } from '../src/modules/customers/customers.repository';
import { updateCustomer } from '../src/modules/customers/customers.service';
import { REWRITE_STEP } from '../src/platform/job-search';
import { drainSearchRewrites } from '../src/platform/search-rewrites';
import { aJobsWorld, manyJobs, type JobsWorld } from './jobs-list.fixtures';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';
import { createTestDb, type TestDb } from './helpers/test-db';

/**
 * Renaming a customer with many jobs, or changing a site's city, no longer rewrites every job's
 * search text in one transaction (issue 15: a second of a stopped server at 10,000 jobs): the first
 * REWRITE_STEP jobs are rewritten with the rename, the rest by the server a step at a time.
 */
let t: TestApp;
let dispatcher: Credentials;
let world: JobsWorld;
/** A database no server runs on: what is pending stays pending until a test runs it. */
let idle: TestDb;
let idleWorld: JobsWorld;
const JOBS = 1_200;

before(async () => {
  t = await createTestApp();
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  world = await aJobsWorld(t.db);
  await manyJobs(t.handle, world, JOBS, (await createUser(t.db, { role: 'technician' })).id);
  idle = await createTestDb();
  idleWorld = await aJobsWorld(idle.handle.db);
  await manyJobs(idle.handle, idleWorld, JOBS, (await createUser(idle.handle.db, { role: 'technician' })).id);
});
after(async () => {
  await t.close();
  await idle.drop();
});

/** Jobs whose search text holds the word (straight from the table: what the next search will find). */
async function jobsNaming(word: string, db = t.db): Promise<number> {
  const row = await sql<{ n: number | string }>`select count(*) as n from jobs where (' ' || search_text) like ${`% ${word}%`}`.execute(db);
  return Number(row.rows[0]!.n);
}
const pending = async (db = t.db) => Number((await db.selectFrom('searchRewrites').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const bulkCustomer = () => findCustomer(t.db, world.customers.get('Bulk customer')!.id).then((c) => c!);
const idleCustomer = () => findCustomer(idle.handle.db, idleWorld.customers.get('Bulk customer')!.id).then((c) => c!);

test('a renamed customer: its first jobs rewritten with the rename, the rest by the server soon after', async () => {
  const customer = await bulkCustomer();
  const res = await t.app.inject({
    method: 'PATCH',
    url: `/api/customers/${customer.id}`,
    headers: { ...dispatcher.headers, 'if-match': `"${customer.version}"` },
    payload: { name: 'Chauffage Vauban' },
  });
  assert.equal(res.statusCode, 200, res.body);
  // At least the first step came with the rename (the background runner may already have done the rest).
  assert.ok((await jobsNaming('vauban')) >= REWRITE_STEP);
  // The running server finishes it (a step a second at the latest), without being asked.
  for (let waited = 0; (await jobsNaming('vauban')) < JOBS && waited < 20_000; waited += 200) await sleep(200);
  assert.equal(await jobsNaming('vauban'), JOBS);
  const formerName = await sql<{ n: number | string }>`select count(*) as n from jobs where search_text like 'bulk customer |%'`.execute(t.db);
  assert.equal(Number(formerName.rows[0]!.n), 0, 'the former name is left in no job (the city still says "City of Bulk customer")');
  assert.equal(await pending(), 0);
  const found = await t.app.inject({ method: 'GET', url: '/api/jobs?q=vauban&limit=10', headers: dispatcher.headers });
  assert.equal(found.json().items.length, 10);
});

test("a site's new city: only that site's jobs, all of them, once the pending steps ran", async () => {
  const customer = await idleCustomer();
  const sites = customer.sites.map(({ id, name, addressLine1, postalCode, country }) => SiteInput.parse({ id, name, addressLine1, postalCode, city: 'Quimper', country }));
  await updateCustomer(idle.handle.db, customer.id, CustomerPatch.parse({ sites }), customer.version, null);
  assert.ok((await pending(idle.handle.db)) >= 1, 'the rest is left to the server');
  const steps = await drainSearchRewrites(idle.handle.db);
  assert.ok(steps >= 1);
  assert.equal(await jobsNaming('quimper', idle.handle.db), JOBS);
  assert.equal(await jobsNaming('bulk', idle.handle.db), JOBS, "the customer's part is kept");
  assert.equal(await jobsNaming('city', idle.handle.db), 0, 'the former city ("City of Bulk customer") is gone');
  assert.equal(await pending(idle.handle.db), 0);
});

test('a pending rewrite left by a stopped server is finished from where it stopped', async () => {
  const customer = await idleCustomer();
  await updateCustomer(idle.handle.db, customer.id, CustomerPatch.parse({ name: 'Thermique Iroise' }), customer.version, null);
  const [left] = await idle.handle.db.selectFrom('searchRewrites').select(['afterId']).execute();
  assert.ok(left, 'a step is pending');
  // Another process (the server restarted) picks it up: it rewrites only what is left.
  const steps = await drainSearchRewrites(idle.handle.db);
  assert.equal(steps, Math.ceil((JOBS - REWRITE_STEP) / REWRITE_STEP));
  assert.equal(await jobsNaming('iroise', idle.handle.db), JOBS);
  assert.equal(await pending(idle.handle.db), 0);
});
