import { sql, type CompiledQuery } from 'kysely';
import { createDb, type DbHandle } from '../../src/db/create-db';
import type { TestDb } from './test-db';

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
