import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import type { DbHandle } from '../../server/src/db/create-db';
import { BulkWriter } from '../../server/src/db/seed/bulk-writer';
import { withFastWrites } from '../../server/src/db/seed/fast-writes';
import { createTestDb, type TestDb } from '../../server/testing/test-db';
import { createUser, signIn } from '../../server/testing/test-app';
import { ok } from '../support';

/**
 * The big lists' benchmarks (issue 15, target 7): a fresh database (SQLite in a temp folder, or
 * PostgreSQL when DATABASE_URL is set) filled with the seed's bulk writer, then every list call
 * through the real HTTP stack (app.inject) beside the raw keyset query it stands on, with the event
 * loop's delay recorded while they run. Figures are printed; nothing asserts on time.
 */
export interface ListBench {
  testDb: TestDb;
  handle: DbHandle;
  /** Buffers rows of any table; `flush` every few tens of thousands of rows. */
  writer: BulkWriter;
  /** Flushes the writer when it holds more than `every` rows. */
  flushEvery(every?: number): Promise<void>;
}

export async function openListBench(): Promise<ListBench> {
  const testDb = await createTestDb();
  const writer = new BulkWriter(testDb.handle.db, testDb.handle.kind);
  return {
    testDb,
    handle: testDb.handle,
    writer,
    async flushEvery(every = 20_000) {
      if (writer.pendingRows >= every) await writer.flush();
    },
  };
}

/**
 * Fills the database with the bulk writer at seed speed (SQLite: no fsync per batch). PostgreSQL is
 * then analyzed, as autovacuum would soon do; SQLite is left without statistics, as the server's
 * database is (nothing runs `analyze` there), so its planner chooses as it will in production.
 */
export async function build(bench: ListBench, label: string, fill: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await withFastWrites(bench.handle, false, async () => {
    await fill();
    await bench.writer.flush();
  });
  await analyze(bench.handle);
  const rows = Object.entries(bench.writer.counts).map(([table, n]) => `${table} ${n!.toLocaleString('en')}`).join(', ');
  console.log(`${bench.handle.kind}: ${label} built in ${((Date.now() - started) / 1000).toFixed(1)} s (${rows})`);
}

/** What a production database has after `pragma optimize` / autovacuum: statistics for the planner. */
async function analyze(handle: DbHandle): Promise<void> {
  if (handle.kind === 'postgres') await sql`analyze`.execute(handle.db);
}

/** A list's answer as the benches read it: rows' keys, the total, the next cursor. */
export interface ListAnswer {
  items: Record<string, string>[];
  total: number;
  nextCursor: string | null;
}

/** The app on the bench's database, and a signed-in administrator (every list is open to that role). */
export async function benchApp(bench: ListBench): Promise<{ app: FastifyInstance; get: (url: string) => () => Promise<unknown>; json: (url: string) => Promise<ListAnswer> }> {
  const config = loadConfig({ DATA_DIR: bench.testDb.dataDir, LOG_LEVEL: 'silent', STATIC_DIR: `${bench.testDb.dataDir}/none` });
  const app = buildApp({ config, dbHandle: bench.handle });
  await app.ready();
  const admin = await signIn(app, await createUser(bench.handle.db, { role: 'admin' }));
  const get = (url: string) => () => ok(app, { method: 'GET', url, headers: admin.headers });
  return { app, get, json: async (url: string) => (await ok(app, { method: 'GET', url, headers: admin.headers })).json<ListAnswer>() };
}

interface Figures {
  p50: number;
  p95: number;
}

async function timings(runs: number, call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Let the loop turn between calls (a real server reads sockets there): the delay monitor samples
    // then, and a call that never yields shows as one blocked stretch, as it would for every user.
    await new Promise((resolve) => setTimeout(resolve, 2));
    const start = process.hrtime.bigint();
    await call();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

const at = (times: number[], q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const figures = (times: number[]): Figures => ({ p50: at(times, 0.5), p95: at(times, 0.95) });
const ms = (value: number) => value.toFixed(2).padStart(7);

/**
 * Measures list calls and prints one line each; the event loop's delay is recorded from the first
 * call to `done()` (its max is the longest time a request held every other request up).
 */
export class ListMeasures {
  private readonly loop = monitorEventLoopDelay({ resolution: 1 });
  readonly lines: string[] = [];

  constructor(private readonly runs = 30) {
    this.loop.enable();
  }

  private overallMax = 0;

  async call(label: string, call: () => Promise<unknown>): Promise<Figures> {
    this.loop.reset();
    const result = figures(await timings(this.runs, call));
    this.print(`${label.padEnd(58)} p50 ${ms(result.p50)} ms   p95 ${ms(result.p95)} ms   loop max ${this.loopMax()} ms`);
    return result;
  }

  /** The longest stall of the event loop since the last reset, in ms (kept for the overall figure). */
  private loopMax(): string {
    const max = this.loop.max / 1e6;
    this.overallMax = Math.max(this.overallMax, max);
    return max.toFixed(1).padStart(6);
  }

  /** A block through the API beside the raw keyset query that reads the same rows: the ratio of medians. */
  async versusRaw(label: string, call: () => Promise<unknown>, raw: () => Promise<unknown>): Promise<void> {
    this.loop.reset();
    const api = figures(await timings(this.runs, call));
    const loopMax = this.loopMax();
    const floor = figures(await timings(this.runs, raw));
    this.print(
      `${label.padEnd(58)} p50 ${ms(api.p50)} ms   p95 ${ms(api.p95)} ms   loop max ${loopMax} ms   raw keyset p50 ${ms(floor.p50)} ms (×${(api.p50 / floor.p50).toFixed(1)})`,
    );
  }

  done(): void {
    this.loop.disable();
    this.print(`event loop: longest stall while measuring ${this.overallMax.toFixed(1)} ms`);
    this.print(`peak memory (RSS) ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  }

  private print(line: string): void {
    this.lines.push(line);
    console.log(line);
  }
}

/** Sortable ids, so bulk inserts append to the primary-key index (a 10M-row build stays fast). */
export const seqId = (prefix: string, n: number) => `${prefix}${String(n).padStart(9, '0')}`;

/** A fixed instant minus `minutes`, as ISO text: benches never read the wall clock for data. */
export const minutesBefore = (minutes: number) => new Date(Date.UTC(2026, 0, 1) - minutes * 60_000).toISOString();

/** People the rows name: technicians, supervisors and dispatchers, written in bulk (no sign-in). */
export function addPeople(bench: ListBench, technicians: number, office = 10): { technicians: string[]; office: string[] } {
  const at = minutesBefore(10_000_000);
  const person = (id: string, role: 'technician' | 'supervisor' | 'dispatcher', n: number) =>
    bench.writer.add('users', {
      id,
      email: `${id}@bench.fielddesk.test`,
      passwordHash: 'x',
      displayName: `${role} ${String(n).padStart(3, '0')}`,
      role,
      isActive: 1,
      locale: 'en',
      theme: 'system',
      phone: null,
      preferences: '{}',
      lastSignInAt: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
  const techs = Array.from({ length: technicians }, (_, i) => seqId('tech', i));
  techs.forEach((id, i) => person(id, 'technician', i));
  const others = Array.from({ length: office }, (_, i) => seqId('office', i));
  others.forEach((id, i) => person(id, i % 2 ? 'supervisor' : 'dispatcher', i));
  return { technicians: techs, office: others };
}

/** Customers with one site each. */
export async function addCustomers(bench: ListBench, count: number): Promise<string[]> {
  const at = minutesBefore(5_000_000);
  const ids: string[] = [];
  for (let c = 0; c < count; c++) {
    const id = seqId('cust', c);
    ids.push(id);
    const name = `Customer ${c}`;
    bench.writer.add('customers', { id, code: `C-${String(c).padStart(6, '0')}`, name, searchName: name.toLowerCase(), email: null, phone: null, notes: null, customFields: '{}', createdAt: at, updatedAt: at, version: 1 });
    bench.writer.add('sites', { id: seqId('site', c), customerId: id, name: 'Main site', addressLine1: '1 rue de la Paix', addressLine2: null, postalCode: '75001', city: c % 2 ? 'Paris' : 'Lyon', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: at, updatedAt: at });
    await bench.flushEvery();
  }
  return ids;
}

export interface BenchJob {
  status: 'scheduled' | 'completed' | 'validated';
  completedAt: string | null;
  managerId: string;
  customerId: string;
  siteId: string;
  openReserves: number;
}

/** Jobs numbered J-0000001…, each with its job manager on job_technicians; `shape(i)` says what job i is. */
export async function addJobs(bench: ListBench, count: number, shape: (i: number) => BenchJob): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const job = shape(i);
    const id = seqId('job', i);
    ids.push(id);
    const created = minutesBefore(2_000_000 - i);
    bench.writer.add('jobs', {
      id,
      number: `J-${String(i + 1).padStart(7, '0')}`,
      seq: i + 1,
      status: job.status,
      customerId: job.customerId,
      siteId: job.siteId,
      managerId: job.managerId,
      plannedStart: created,
      plannedEnd: created,
      completedAt: job.completedAt,
      openReserves: job.openReserves,
      description: '',
      workedSeconds: 3600,
      totalExclTaxCents: 10_000,
      currency: 'EUR',
      customFields: '{}',
      searchText: '',
      createdFrom: 'console',
      createdAt: created,
      updatedAt: job.completedAt ?? created,
      version: 3,
    });
    bench.writer.add('jobTechnicians', { jobId: id, userId: job.managerId, role: 'manager' });
    await bench.flushEvery();
  }
  return ids;
}

/** The cursor after `rows` rows of a list, followed block by block (200 a block) as a long scroll would. */
export async function cursorAfter(json: (url: string) => Promise<ListAnswer>, url: string, rows: number): Promise<string> {
  let cursor: string | null = null;
  const join = url.includes('?') ? '&' : '?';
  for (let read = 0; read < rows; read += 200) {
    const page = await json(`${url}${join}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (!page.nextCursor) throw new Error(`${url} ends before row ${rows}`);
    cursor = page.nextCursor;
  }
  return cursor!;
}

/** Drops the bench's database, or keeps it for a look at its plans with BENCH_KEEP=1 (the path is printed). */
export async function finish(bench: ListBench): Promise<void> {
  if (process.env.BENCH_KEEP) {
    await bench.handle.close();
    console.log(`kept: ${bench.testDb.databaseUrl ?? `${bench.testDb.dataDir}/fielddesk.sqlite`}`);
    return;
  }
  await bench.testDb.drop();
}
