import { sql } from 'kysely';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { createDb, type DbHandle } from '../server/src/db/create-db';
import { migrateToLatest } from '../server/src/db/migrate';
import { seedDemo } from '../server/src/db/seed/seed';
import { createUser, signIn } from '../server/testing/test-app';
import { createTestDb } from '../server/testing/test-db';
import { measure, ok } from './support';

/**
 * The jobs grid's word search (issue 15, target 2) through the real HTTP stack (app.inject):
 * common and rare words, prefixes, accents, a job number, a customer, a city, with a filter and
 * another sort, each with the event loop's delay while it ran (perf_hooks), and the raw full-text
 * query alone in the same run for the ratio.
 * - `DATA_DIR=/path npx tsx bench/word-search.ts` (or DATABASE_URL=…): reuses a seeded database
 *   (e.g. `npm run seed -- --jobs 1000000 --customers 20000`), migrating it first (timed).
 * - without: seeds a temporary database of `[jobs]` jobs (default 100,000).
 * Prints figures; asserts nothing about time.
 */
const reuse = Boolean(process.env.DATA_DIR || process.env.DATABASE_URL);
const jobs = Number(process.argv[2] ?? 100_000);

async function open(): Promise<{ handle: DbHandle; dataDir: string; drop: () => Promise<void> }> {
  if (reuse) {
    const dataDir = process.env.DATA_DIR ?? '/tmp';
    const handle = createDb({ databaseUrl: process.env.DATABASE_URL, dataDir });
    const started = Date.now();
    const applied = await migrateToLatest(handle.db);
    if (applied.length) console.log(`migrated (${applied.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { handle, dataDir, drop: () => handle.close() };
  }
  const testDb = await createTestDb();
  const started = Date.now();
  await seedDemo(testDb.handle, { jobs, customers: Math.max(100, Math.round(jobs / 50)) });
  console.log(`seeded ${jobs.toLocaleString('en')} jobs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { handle: testDb.handle, dataDir: testDb.dataDir, drop: () => testDb.drop() };
}

const { handle, dataDir, drop } = await open();
try {
  const db = handle.db;
  const count = Number((await db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const sample = await db
    .selectFrom('jobs')
    .innerJoin('customers', 'customers.id', 'jobs.customerId')
    .innerJoin('sites', 'sites.id', 'jobs.siteId')
    .select(['jobs.number', 'customers.name', 'sites.city'])
    .where('jobs.seq', '=', Math.floor(count / 3))
    .executeTakeFirstOrThrow();
  const customerWord = sample.name.split(/\s+/).find((w) => w.length > 3) ?? sample.name;
  console.log(`${handle.kind}: ${count.toLocaleString('en')} jobs; sample ${sample.number}, customer "${sample.name}", city "${sample.city}"`);

  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', STATIC_DIR: `${dataDir}/none` });
  const app = buildApp({ config, dbHandle: handle });
  await app.ready();
  const { headers } = await signIn(app, await createUser(db, { role: 'dispatcher' }));
  const get = (query: string) => () => ok(app, { method: 'GET', url: `/api/jobs?limit=50&${query}`, headers });
  const q = (words: string, more = '') => get(`q=${encodeURIComponent(words)}${more}`);
  const runs = Number(process.env.RUNS ?? 20);

  const searches: [string, string, string?][] = [
    ['common word "entretien"', 'entretien'],
    ['common prefix "chaud"', 'chaud'],
    ['two-letter prefix "ch"', 'ch'],
    ['two words "fuite chaudière"', 'fuite chaudière'],
    ['accented "brûleur"', 'brûleur'],
    ['unaccented "bruleur"', 'bruleur'],
    ['rare word "gicleur"', 'gicleur'],
    ['rare combination "gicleur fioul ramonage"', 'gicleur fioul ramonage'],
    [`number prefix "${sample.number.slice(0, -2)}"`, sample.number.slice(0, -2)],
    [`number "${sample.number}"`, sample.number],
    [`customer "${customerWord}"`, customerWord],
    [`customer and word "${customerWord} entretien"`, `${customerWord} entretien`],
    [`city and word "${sample.city} fuite"`, `${sample.city} fuite`],
    ['"entretien", status completed', 'entretien', '&status=completed'],
    ['"entretien" by number', 'entretien', '&sort=number'],
    ['no match "zzzz"', 'zzzz'],
  ];
  for (const [label, words, more] of searches) {
    const answer = (await q(words, more)()).json() as { total: number };
    await measure(`search ${label} (${answer.total.toLocaleString('en')})`, runs, q(words, more));
  }
  const raw =
    handle.kind === 'postgres'
      ? () => sql`select seq from jobs where array_to_tsvector(array_remove(string_to_array(search_text, ' '), '')) @@ ${"'fuite':* & 'chaudiere':*"}::tsquery limit 51`.execute(db)
      : () => sql`select rowid from job_search where job_search match ${'"fuite"* "chaudiere"*'} limit 51`.execute(db);
  await measure('raw full-text query "fuite chaudiere" alone (51 ids)', runs, raw);
  await measure('raw: first block without search', runs, get(''));

  // A customer rename rewrites its jobs' customer part in one UPDATE (renamedCustomerInSearch);
  // the same statement over 10,000 jobs of a seq range, rolled back, gives its cost at that size.
  const position = handle.kind === 'postgres' ? sql`strpos(search_text, '| ')` : sql`instr(search_text, '| ')`;
  const from = Math.floor(count / 2);
  for (const size of [1_000, 10_000]) {
    let ms = 0;
    await db
      .transaction()
      .execute(async (trx) => {
        const started = process.hrtime.bigint();
        await sql`update jobs set search_text = ${'renamed customer'} || ' ' || substr(search_text, ${position}) where seq > ${from} and seq <= ${from + size}`.execute(trx);
        ms = Number(process.hrtime.bigint() - started) / 1e6;
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    console.log(`${`customer part of ${size.toLocaleString('en')} jobs rewritten (one UPDATE, rolled back)`.padEnd(58)} ${ms.toFixed(1)} ms`);
  }
  await app.close();
} finally {
  await drop();
}
