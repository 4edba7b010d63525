import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { sql, type CompiledQuery } from 'kysely';
import { createDb, type DbHandle } from '../../src/db/create-db';
import { createTestDb, type TestDb } from './test-db';

/**
 * The plan lines of a compiled query: `explain query plan` on SQLite, `explain` on PostgreSQL with
 * sequential scans switched off (it picks them for small tables), so a scan that remains has no index.
 */
export async function planOf(handle: DbHandle, query: CompiledQuery): Promise<string[]> {
  if (handle.kind === 'sqlite') {
    const result = await handle.db.executeQuery<{ detail: string }>({ ...query, sql: `explain query plan ${query.sql}` } as CompiledQuery<{ detail: string }>);
    return result.rows.map((r) => r.detail);
  }
  return handle.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const result = await trx.executeQuery<{ 'QUERY PLAN': string }>({ ...query, sql: `explain ${query.sql}` } as CompiledQuery<{ 'QUERY PLAN': string }>);
    return result.rows.map((r) => r['QUERY PLAN']);
  });
}

/** A second handle on a test database that records every query it runs into `captured`, to explain them. */
export function capturingHandle(testDb: TestDb, captured: CompiledQuery[]): DbHandle {
  return createDb({
    databaseUrl: testDb.databaseUrl,
    dataDir: testDb.dataDir,
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
}

/**
 * A table read whole. `capped_rows` is not a table: it is the derived table of a capped count
 * (shared/list-total.ts), at most TOTAL_CAP + 1 index entries, which SQLite reads back as a scan.
 */
export const TABLE_SCAN = /Seq Scan|^SCAN (?!capped_rows$)\w+$/;

export function assertNoTableScan(plan: string[], what: string, scan: RegExp = TABLE_SCAN): void {
  // A subquery SQLite runs as a co-routine is read row by row ("SCAN capped"): its own lines say what it reads.
  const coroutines = new Set(plan.flatMap((line) => /^CO-ROUTINE (\w+)$/.exec(line.trim())?.[1] ?? []));
  for (const line of plan) {
    if (coroutines.has(/^SCAN (\w+)$/.exec(line.trim())?.[1] ?? '')) continue;
    assert.doesNotMatch(line, scan, `${what}: ${plan.join(' | ')}`);
  }
}

/**
 * Runs `run` on a capturing handle (see capturingHandle), then asserts that it sent selects (those
 * `only` keeps) and that none of their plans scans a table.
 */
export async function assertIndexedOnly(
  handle: DbHandle,
  captured: CompiledQuery[],
  label: string,
  run: () => Promise<unknown>,
  options: { only?: (sql: string) => boolean; scan?: RegExp } = {},
): Promise<void> {
  captured.length = 0;
  await run();
  const selects = captured.filter((q) => /^select/i.test(q.sql) && (options.only?.(q.sql) ?? true));
  assert.ok(selects.length > 0, label);
  for (const query of selects) {
    const plan = await planOf(handle, query);
    if (process.env.SHOW_PLANS) console.log(label, '\n ', plan.join('\n  '));
    assertNoTableScan(plan, `${label}: ${query.sql}`, options.scan);
  }
}

/** A query-plan test file's database: a fresh test database, a handle on it that records its queries, the check. */
export interface PlanTestDb {
  testDb: TestDb;
  /** The recording handle: what runs on it is what `assertIndexedOnly` explains. */
  logged: DbHandle;
  assertIndexedOnly(label: string, run: () => Promise<unknown>, options?: { only?: (sql: string) => boolean; scan?: RegExp }): Promise<void>;
  close(): Promise<void>;
}

export async function planTestDb(): Promise<PlanTestDb> {
  const testDb = await createTestDb();
  const captured: CompiledQuery[] = [];
  const logged = capturingHandle(testDb, captured);
  return {
    testDb,
    logged,
    assertIndexedOnly: (label, run, options) => assertIndexedOnly(testDb.handle, captured, label, run, options),
    async close() {
      await logged.close();
      await testDb.drop();
    },
  };
}

/**
 * For the query-plan tests of a describe block on the file's test app: a recording handle opened
 * before them and closed after (`plans.db`), and the check on it (`plans.assertIndexedOnly`).
 */
export function planChecks(app: () => { testDb: TestDb; handle: DbHandle }) {
  const captured: CompiledQuery[] = [];
  let logged: DbHandle | undefined;
  before(() => {
    logged = capturingHandle(app().testDb, captured);
  });
  after(() => logged?.close());
  return {
    get db() {
      return logged!.db;
    },
    assertIndexedOnly: (label: string, run: () => Promise<unknown>, options?: { only?: (sql: string) => boolean; scan?: RegExp }) =>
      assertIndexedOnly(app().handle, captured, label, run, options),
  };
}
