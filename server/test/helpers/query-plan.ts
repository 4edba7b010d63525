import { sql, type CompiledQuery } from 'kysely';
import type { DbHandle } from '../../src/db/create-db';

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
