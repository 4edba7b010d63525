import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { CustomerPatch, JobListQuery, SiteInput, type JobListQuery as ListInput } from '@contract';
import { down, up } from '../src/db/migrations/0020_word_search';
import { queryWordsOf, searchTermsOf } from '../src/platform/job-search';
import { listJobs } from '../src/modules/jobs/jobs-list.repository';
import { resolveSearch } from '../src/modules/jobs/jobs-list-search';
import { findCustomer } from '../src/modules/customers/customers.repository';
import { updateCustomer } from '../src/modules/customers/customers.service';
import { aJobsWorld, manyJobs, type JobsWorld } from './jobs-list.fixtures';
import { createUser } from './helpers/test-app';
import { createTestDb, type TestDb } from './helpers/test-db';

/**
 * The jobs grid's word search: the same answers on SQLite and PostgreSQL (this file runs on both,
 * with the same expected lists), whichever plan a search takes (few matches read from the
 * full-text index, or many matches walking the sort's index), and kept current by every change.
 */
let testDb: TestDb;
let world: JobsWorld;
const corpus: Record<string, string> = {};

before(async () => {
  testDb = await createTestDb();
  world = await aJobsWorld(testDb.handle.db);
  const day = (d: number) => `2030-01-0${d}T08:00:00.000Z`;
  const add = async (key: string, spec: Parameters<JobsWorld['add']>[0]) => {
    corpus[key] = (await world.add(spec)).number;
  };
  await add('leak', { customer: 'Dupont SA', city: 'Lyon', description: 'Fuite sur chaudière gaz', plannedStart: day(1) });
  await add('service', { customer: 'Dupont SA', description: 'Entretien annuel chaudière', plannedStart: day(2) });
  await add('radiator', { customer: 'Martin & Fils', city: 'Saint-Étienne', description: 'Fuite radiateur', plannedStart: day(3) });
  await add('burner', { customer: 'Martin & Fils', description: 'CHAUDIÈRE: remplacement du brûleur', plannedStart: day(4) });
  await add('heatPump', { customer: 'Café Dupontel', city: 'Paris', description: 'Contrôle pompe à chaleur', plannedStart: day(5) });
  await add('descaling', { customer: 'Boulangerie Étoile', city: 'Évry', description: 'Détartrage ballon', plannedStart: null });
});
after(() => testDb.drop());

const list = (input: ListInput) => listJobs(testDb.handle.db, JobListQuery.parse({ limit: 200, ...input }));
const search = async (q: string, input: ListInput = {}) => (await list({ q, ...input })).items.map((j) => j.number);
const numbers = (...keys: string[]) => keys.map((k) => corpus[k]);
/** A search matching many jobs has its total estimated from the newest jobs: within 1 % here. */
const assertAbout = (total: number | null, exact: number) => assert.ok(total !== null && Math.abs(total - exact) <= exact / 100, `${total} is about ${exact}`);

test('stored words: accent-free, lower-cased, split on punctuation, without one-letter and stop words', () => {
  assert.deepEqual(searchTermsOf('Remplacement du chauffe-eau à Lyon; fuite (urgent) — FUITE'), ['remplacement', 'chauffe', 'eau', 'lyon', 'fuite', 'urgent']);
  assert.deepEqual(searchTermsOf('de la'), []);
  assert.deepEqual(queryWordsOf('J-000123 de'), ['000123']);
  assert.deepEqual(queryWordsOf('de'), ['de'], 'a stop word typed alone is kept as a prefix');
});

test('every word must prefix a word of the number, customer, city or description, accents and case aside', async () => {
  const cases: [string, string[]][] = [
    ['chaudiere', numbers('burner', 'service', 'leak')],
    ['CHAUD', numbers('burner', 'service', 'leak')],
    ['chaudière', numbers('burner', 'service', 'leak')],
    ['fuite chaud', numbers('leak')],
    ['dupont', numbers('heatPump', 'service', 'leak')],
    ['dupont fuite', numbers('leak')],
    ['lyon', numbers('service', 'leak')],
    ['etienne fuite', numbers('radiator')],
    ['évry', numbers('descaling')],
    ['EVRY ballon', numbers('descaling')],
    ['pomp chal', numbers('heatPump')],
    ['de', numbers('descaling')],
    ['fuite zzz', []],
    [corpus.radiator!, numbers('radiator')],
    [corpus.radiator!.slice(2), numbers('radiator')],
    [`${corpus.burner!.toLowerCase()} martin`, numbers('burner')],
  ];
  for (const [q, expected] of cases) assert.deepEqual(await search(q), expected, q);
  assert.deepEqual(await search('chaud', { sort: 'number', dir: 'asc' }), numbers('leak', 'service', 'burner'));
  assert.equal((await list({ q: 'chaud', limit: 1 })).total, 3);
  assert.equal((await list({ q: 'chaud', status: 'scheduled', limit: 1 })).total, 3);
});

test('a word common among the newest jobs walks the sort and pages like any list, its total estimated', async () => {
  const managerId = (await createUser(testDb.handle.db, { role: 'technician' })).id;
  await manyJobs(testDb.handle, world, 5_100, managerId);
  assert.equal((await resolveSearch(testDb.handle.db, 'flue'))?.kind, 'many');
  assert.equal((await resolveSearch(testDb.handle.db, 'flue 4321'))?.kind, 'few');

  const reference = async (order: 'planned_start desc' | 'seq asc') =>
    (await sql<{ number: string }>`select number from jobs where description like '%flue%' order by ${sql.raw(order)}, id ${sql.raw(order.endsWith('desc') ? 'desc' : 'asc')}`.execute(testDb.handle.db)).rows.map((r) => r.number);
  for (const [input, order] of [[{}, 'planned_start desc'], [{ sort: 'number', dir: 'asc' }, 'seq asc']] as const) {
    const expected = await reference(order);
    const first = await list({ q: 'Flue', limit: 50, ...input });
    assertAbout(first.total, expected.length);
    assert.deepEqual(first.items.map((j) => j.number), expected.slice(0, 50));
    const second = await list({ q: 'Flue', limit: 50, cursor: first.nextCursor!, ...input });
    assert.deepEqual(second.items.map((j) => j.number), expected.slice(50, 100));
  }
  assertAbout((await list({ q: 'flue', technicianId: managerId, limit: 1 })).total, 5_099);
  const job4321 = await testDb.handle.db.selectFrom('jobs').select('number').where('description', 'like', 'Boiler service 4321:%').executeTakeFirstOrThrow();
  assert.deepEqual(await search('flue 4321'), [job4321.number]);
  assert.deepEqual(await search('4321 checked expansion'), [job4321.number]);
});

test('two words common among the newest jobs but never together are looked up together in the full-text index', async () => {
  // Run after the 5,100 bulk jobs: these are the newest, so the sample sees a dozen of each word.
  const both = (await world.add({ customer: 'Régie Atlantique', city: 'Nantes', description: 'Relevé compteur gaz', plannedStart: null })).number;
  for (let i = 0; i < 12; i++) await world.add({ customer: 'Régie Atlantique', city: 'Nantes', description: 'Purge radiateurs' });
  for (let i = 0; i < 12; i++) await world.add({ customer: 'Syndic Morel', description: 'Remplacement compteur eau' });
  const resolved = await resolveSearch(testDb.handle.db, 'nantes compteur');
  assert.equal(resolved?.kind, 'few');
  assert.deepEqual(resolved?.indexed, ['nantes', 'compteur'], 'decoding both words costs less than testing the rows of either');
  assert.deepEqual(await search('nantes compteur'), [both]);
  assert.equal((await list({ q: 'Nantes compteur' })).total, 1);
  assert.deepEqual(await search('compteur nantes zzz'), []);
});

test('a customer renamed or a site moved to another city is found by its new words only', async () => {
  const db = testDb.handle.db;
  const customerId = world.customers.get('Dupont SA')!.id;
  const customer = (await findCustomer(db, customerId))!;
  await updateCustomer(db, customerId, CustomerPatch.parse({ name: 'Durand SARL' }), customer.version, null);
  assert.deepEqual(await search('dupont'), numbers('heatPump'));
  assert.deepEqual(await search('durand fuite'), numbers('leak'));

  const renamed = (await findCustomer(db, customerId))!;
  const sites = renamed.sites.map(({ id, name, addressLine1, postalCode, country }) => SiteInput.parse({ id, name, addressLine1, postalCode, city: 'Grenoble', country }));
  await updateCustomer(db, customerId, CustomerPatch.parse({ sites }), renamed.version, null);
  assert.deepEqual(await search('lyon'), []);
  assert.deepEqual(await search('grenoble durand'), numbers('service', 'leak'));
  assert.deepEqual(await search('chaudiere'), numbers('burner', 'service', 'leak'), 'the rest of the text is kept');
});

test('the migration rewrites and indexes the jobs that already exist, a batch at a time', async () => {
  const db = testDb.handle.db;
  const before = await search('chaud');
  await down(db.withoutPlugins());
  await db.updateTable('jobs').set({ searchText: 'stale' }).execute();
  await up(db.withoutPlugins());
  assert.deepEqual(await search('chaud'), before);
  assert.deepEqual(await search('etoile ballon evry'), numbers('descaling'));
  assertAbout((await list({ q: 'vessel', limit: 1 })).total, 5_099);
});
