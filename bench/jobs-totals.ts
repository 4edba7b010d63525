import { monitorEventLoopDelay } from 'node:perf_hooks';
import { JobListQuery, type JobListQuery as ListInput } from '@contract';
import { sql } from 'kysely';
import { createDb } from '../server/src/db/create-db';
import { filteredJobs } from '../server/src/modules/jobs/jobs-list-filters';
import { listJobs } from '../server/src/modules/jobs/jobs-list.repository';
import { JobPositions } from '../server/src/modules/jobs/job-positions';
import { SUMMARY_COLUMNS } from '../server/src/modules/jobs/jobs-list-summaries';
import { countUpTo } from '../server/src/shared/count-up-to';

/**
 * Totals and deep positions of the jobs grid on an existing database (a seeded million:
 * `DATA_DIR=/work/bench-data/totals npm run seed -- --jobs 1000000 --customers 20000`, then
 * `DATA_DIR=… npm run bench -- jobs-totals`; `DATABASE_URL` for PostgreSQL). Each figure is printed
 * beside what it replaces or the raw query it wraps, measured in the same run, with the largest
 * event-loop delay seen while it ran. Prints figures; asserts nothing about time.
 */
const handle = createDb({ dataDir: process.env.DATA_DIR ?? './data', databaseUrl: process.env.DATABASE_URL });
const db = handle.db;
const delay = monitorEventLoopDelay({ resolution: 1 });
const RUNS = Number(process.env.RUNS ?? 15);

async function timed(label: string, call: () => Promise<unknown>, runs = RUNS): Promise<number> {
  for (let i = 0; i < 2; i++) await call();
  const times: number[] = [];
  delay.reset();
  delay.enable();
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await call();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    // A turn of the event loop between calls: the delay monitor's timer records what a call held.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  delay.disable();
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
  console.log(`${label.padEnd(62)} p50 ${p50.toFixed(2).padStart(8)} ms  p95 ${p95.toFixed(2).padStart(8)} ms  loop max ${(delay.max / 1e6).toFixed(1).padStart(6)} ms`);
  return p50;
}

const ratio = (label: string, a: number, b: number) => console.log(`${''.padEnd(4)}→ ${label}: ×${(a / b).toFixed(2)}`);

const jobs = await countUpTo(db, db.selectFrom('jobs'), 100_000_000);
console.log(`\n${handle.kind}, ${jobs.toLocaleString('en')} jobs, ${new Date().toISOString()}`);

// The sample every sort keeps, taken in slices: how long, and the event loop meanwhile.
const positions = new JobPositions(db);
delay.reset();
delay.enable();
const sampled = Date.now();
await positions.refresh();
delay.disable();
console.log(`sort samples (5 sorts, in slices)  ${((Date.now() - sampled) / 1000).toFixed(1)} s, loop max ${(delay.max / 1e6).toFixed(1)} ms`);

const list = (input: ListInput) => () => listJobs(db, JobListQuery.parse({ limit: 50, ...input }), positions);

for (const [name, filters] of [
  ['all jobs', {}],
  ['status=validated', { status: 'validated' }],
  ['view=late', { view: 'late' }],
] as [string, ListInput][]) {
  console.log(`\n${name}`);
  const first = await list(filters)();
  console.log(`    total ${first.total?.toLocaleString('en')}${first.totalIsEstimate ? ' (estimate)' : ' (exact)'}`);
  const query = JobListQuery.parse({ limit: 50, ...filters });
  const before = await timed('before: the whole count each block paid', () => filteredJobs(db, { ...query, search: undefined }, new Date()).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow());
  await timed('after: first block (rows + capped count or estimate)', list(filters));
  if (!first.nextCursor) continue;
  const next = await timed('after: a next block (cursor, no count)', list({ ...filters, cursor: first.nextCursor }));
  const [value, id] = JSON.parse(Buffer.from(first.nextCursor, 'base64url').toString()) as [string, string];
  const raw = await timed('raw keyset query alone (same block)', () =>
    filteredJobs(db, { ...query, search: undefined }, new Date())
      .select([...SUMMARY_COLUMNS])
      .where('jobs.plannedStart', 'is not', null)
      .where(sql<boolean>`(${sql.ref('jobs.plannedStart')}, ${sql.ref('jobs.id')}) < (${value}, ${id})`)
      .orderBy('jobs.plannedStart', 'desc')
      .orderBy('jobs.id', 'desc')
      .limit(51)
      .execute(),
  );
  ratio('next block / raw keyset', next, raw);
  ratio('before (count alone) / next block', before, next);
  const size = first.total ?? 0;
  if (size > 4_000) {
    for (const [where, at] of [
      ['25 %', Math.floor(size * 0.25)],
      ['50 %', Math.floor(size * 0.5)],
      ['end', Math.max(0, size - 50)],
    ] as const) {
      await timed(`deep jump to ${where} (offset ${at.toLocaleString('en')})`, list({ ...filters, offset: String(at) }), 8);
    }
    if (size >= 100_000) {
      await timed('before: offset 100,000 by SQL OFFSET (the old deepest jump)', () =>
        filteredJobs(db, { ...query, search: undefined }, new Date()).select([...SUMMARY_COLUMNS]).orderBy('jobs.plannedStart', 'desc').orderBy('jobs.id', 'desc').limit(51).offset(100_000).execute(),
      8);
    }
  }
}
await positions.stop();
await handle.close();
