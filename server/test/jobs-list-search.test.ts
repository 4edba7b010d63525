import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { JobListQuery } from '@contract';
import { down, up } from '../src/db/migrations/0009_jobs_lists';
import { indexJobSearchTerms, searchTermsOf } from '../src/platform/job-search-terms';
import { listJobs } from '../src/modules/jobs/jobs-list.repository';
import { aJobsWorld, type JobsWorld } from './jobs-list.fixtures';
import { createTestDb, type TestDb } from './helpers/test-db';

let testDb: TestDb;
let world: JobsWorld;

before(async () => {
  testDb = await createTestDb();
  world = await aJobsWorld(testDb.handle.db);
});
after(() => testDb.drop());

const total = async (q: string) => (await listJobs(testDb.handle.db, JobListQuery.parse({ q, limit: 1 }))).total;
const search = async (q: string) => (await listJobs(testDb.handle.db, JobListQuery.parse({ q, limit: 200 }))).items.map((j) => j.number);

test('search words: accent-free, lower-cased, split on punctuation, without one-letter and stop words', () => {
  assert.deepEqual(searchTermsOf('Remplacement du chauffe-eau à Lyon; fuite (urgent) — FUITE'), ['remplacement', 'chauffe', 'eau', 'lyon', 'fuite', 'urgent']);
  assert.deepEqual(searchTermsOf('de la'), []);
});

test('changing a description replaces its search words', async () => {
  const job = await world.add({ description: 'Détartrage ballon' });
  assert.deepEqual(await search('ballon'), [job.number]);
  await testDb.handle.db.updateTable('jobs').set({ description: 'Remplacement thermostat' }).where('id', '=', job.id).execute();
  await indexJobSearchTerms(testDb.handle.db, { id: job.id, description: 'Remplacement thermostat' });
  assert.deepEqual(await search('ballon'), []);
  assert.deepEqual(await search('thermo'), [job.number]);
});

test('the migration indexes the words of jobs that already exist, a batch at a time', async () => {
  const db = testDb.handle.db.withoutPlugins();
  const numbers = [];
  for (let i = 0; i < 1_205; i++) numbers.push((await world.add({ description: i % 2 ? `Purge radiateur ${i}` : 'Ramonage' })).number);
  await down(db);
  await up(db);
  assert.equal(await total('purge'), 602);
  assert.equal(await total('ramon'), 603);
  assert.deepEqual(await search('purge radiateur 1203'), [numbers[1203]]);
});
