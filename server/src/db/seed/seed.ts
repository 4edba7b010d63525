import { fakerEN_GB, fakerFR } from '@faker-js/faker';
import { sql, type Kysely } from 'kysely';
import type { JobStatus, Role } from '@contract';
import type { DbHandle } from '../create-db';
import type { Database } from '../database';
import { BulkWriter } from './bulk-writer';
import { BULK_LOAD_JOBS, withFastWrites, withIndexesBuiltAfter } from './fast-writes';
import { DAY, iso, referenceNow } from './clock';
import { SerialNumbers, type SeedContext } from './context';
import { IdFactory, Rng } from '../../../../demo/random';
import { deleteAllRows } from './reset';
import { seedCatalog } from './stages/catalog';
import { seedCustomers } from './stages/customers';
import { DETAILED_RETURNED_JOBS } from './stages/job-plan';
import { seedJobs } from './stages/jobs';
import { DEMO_PASSWORD, seedPeople } from './stages/people';
import { seedTemplates } from './stages/report-templates';
import { seedDepots, seedStock } from './stages/stock';

export const DEFAULT_SEED = 42;
export const DEFAULT_JOBS = 5_000;
export const DEFAULT_CUSTOMERS = 300;

export interface SeedOptions {
  seed?: number;
  jobs?: number;
  customers?: number;
  /** Empty every table first instead of refusing a database that already holds data. */
  reset?: boolean;
  /** Any moment of the day to seed for (default: today); the data's "now" is 10:00 UTC that day. */
  day?: Date;
  log?: (message: string) => void;
  onProgress?: (done: number, total: number, stage: string) => void;
  /** SQLite: load as a bulk (in-memory journal, job indexes built last); default from BULK_LOAD_JOBS jobs. */
  bulkLoad?: boolean;
}

export interface SeedSummary {
  seed: number;
  /** The data's "now": times are relative to it, so two runs on the same day are identical. */
  now: string;
  durationMs: number;
  database: { kind: DbHandle['kind']; location: string };
  /** Rows written per table. */
  rows: Record<string, number>;
  jobsByStatus: Record<JobStatus, number>;
  detailedJobs: number;
  detailPolicy: string;
  logins: { email: string; role: Role; name: string }[];
  password: string;
}

/** No user yet: the server seeds the demo on its first start. */
export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Fills an empty, migrated database with a realistic demo: accounts, customers, catalog,
 * stock, report templates and jobs with their history and reports. Deterministic for a seed
 * and a day (ids included).
 */
export async function seedDemo(handle: DbHandle, options: SeedOptions = {}): Promise<SeedSummary> {
  const bulkLoad = options.bulkLoad ?? (options.jobs ?? DEFAULT_JOBS) >= BULK_LOAD_JOBS;
  return withFastWrites(handle, bulkLoad, () => seedAll(handle, { ...options, bulkLoad }));
}

async function seedAll(handle: DbHandle, options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const jobs = options.jobs ?? DEFAULT_JOBS;
  const customerCount = options.customers ?? DEFAULT_CUSTOMERS;
  checkCount('jobs', jobs, 0);
  checkCount('customers', customerCount, 1);
  const log = options.log ?? (() => {});

  if (options.reset) await deleteAllRows(handle);
  else await refuseExistingData(handle.db);

  const now = referenceNow(options.day ?? new Date());
  const rng = new Rng(seed);
  fakerFR.seed(seed);
  fakerEN_GB.seed(seed + 1);
  const writer = new BulkWriter(handle.db, handle.kind);
  const ctx: SeedContext = {
    db: handle.db,
    kind: handle.kind,
    seed,
    rng,
    ids: new IdFactory(rng, now - 800 * DAY),
    writer,
    fakers: { fr: fakerFR, en: fakerEN_GB },
    now,
    nowIso: iso(now),
    progress: options.onProgress ?? (() => {}),
    log,
  };

  log('Accounts…');
  const people = await seedPeople(ctx);
  ctx.progress(1, 1, 'accounts');
  log(`Customers (${customerCount})…`);
  const customers = await seedCustomers(ctx, customerCount);
  log('Report templates, catalog, depots…');
  const { jobTypes } = await seedTemplates(ctx, people);
  const catalog = await seedCatalog(ctx);
  const depots = await seedDepots(ctx, people);
  log('Stock and installed equipment…');
  const serials = new SerialNumbers(rng);
  const installed = await seedStock(ctx, { people, catalog, depots, customers, serials });
  log(`Jobs (${jobs})…`);
  const load = () => seedJobs(ctx, { jobs, people, customers, jobTypes, catalog, depots, serials, installed });
  const result = options.bulkLoad ? await withIndexesBuiltAfter(handle, ['jobs', 'job_technicians'], load, (built, total) => ctx.progress(built, total, 'indexes')) : await load();

  await finish(ctx, { jobs, customers: customerCount });
  const detailPolicy =
    `Full reports (answers, reserves, photos, signatures, parts, take-backs) for the ${result.detailed.toLocaleString('en')} most recent returned jobs` +
    (result.detailedFrom ? ` (from ${result.detailedFrom}); ` : '; ') +
    `older returned jobs keep status, times, technicians and a short history (target: ~${DETAILED_RETURNED_JOBS.toLocaleString('en')}).`;
  return {
    seed,
    now: ctx.nowIso,
    durationMs: Date.now() - started,
    database: { kind: handle.kind, location: handle.location },
    rows: { ...writer.counts } as Record<string, number>,
    jobsByStatus: result.byStatus,
    detailedJobs: result.detailed,
    detailPolicy,
    logins: [people.admin, people.dispatcher, people.supervisor, ...people.technicians].map((p) => ({ email: p.email, role: p.role, name: p.name })),
    password: DEMO_PASSWORD,
  };
}

/** Counters for the next numbers, and stock levels of serialized items (their OK units per depot). */
async function finish(ctx: SeedContext, counts: { jobs: number; customers: number }): Promise<void> {
  ctx.writer.add('counters', { name: 'job_number', value: counts.jobs });
  ctx.writer.add('counters', { name: 'customer_code', value: counts.customers });
  ctx.writer.afterInsert(async (trx) => {
    const result = await sql`
      insert into stock_levels (depot_id, item_id, quantity_milli, updated_at)
      select depot_id, item_id, count(*) * 1000, ${ctx.nowIso}
      from serial_units
      where status = 'ok' and depot_id is not null
      group by depot_id, item_id`.execute(trx);
    ctx.writer.counts.stockLevels = (ctx.writer.counts.stockLevels ?? 0) + Number(result.numAffectedRows ?? 0);
  });
  await ctx.writer.flush();
}

async function refuseExistingData(db: Kysely<Database>): Promise<void> {
  for (const table of ['users', 'customers', 'jobs', 'catalogItems'] as const) {
    const row = await db.selectFrom(table).select(sql<number>`1`.as('one')).limit(1).executeTakeFirst();
    if (row) {
      throw new Error(`The database already holds data (table ${table} is not empty): the demo seed needs an empty database. Pass reset to empty it first.`);
    }
  }
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new Error(`seedDemo: ${name} must be a whole number ≥ ${min} (got ${value})`);
}
