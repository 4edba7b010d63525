import { sql } from 'kysely';
import type { DbHandle } from '../create-db';

/** From this many jobs, a seed keeps its journal in memory and builds the job indexes last. */
export const BULK_LOAD_JOBS = 50_000;

/**
 * SQLite only: no fsync per batch and a larger page cache while seeding. A seed that stops
 * half-way is started again with --reset, so per-batch durability buys nothing here; the
 * connection gets its own settings back afterwards (the server runs with synchronous = FULL).
 * A bulk load (≥ BULK_LOAD_JOBS jobs, never the server's first-start demo) also leaves the
 * write-ahead log for an in-memory journal: each page is then written once, not to the log and
 * again at every checkpoint; the database goes back to WAL at the end.
 */
export async function withFastWrites<T>(handle: DbHandle, bulk: boolean, work: () => Promise<T>): Promise<T> {
  if (handle.kind !== 'sqlite') return work();
  const { db } = handle;
  const synchronous = (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]?.synchronous ?? 2;
  const cacheSize = (await sql<{ cacheSize: number }>`pragma cache_size`.execute(db)).rows[0]?.cacheSize ?? -2000;
  await sql`pragma synchronous = off`.execute(db);
  await sql`pragma cache_size = -262144`.execute(db);
  if (bulk) await sql`pragma journal_mode = memory`.execute(db);
  try {
    return await work();
  } finally {
    await sql.raw(`pragma synchronous = ${Number(synchronous)}`).execute(db);
    await sql.raw(`pragma cache_size = ${Number(cacheSize)}`).execute(db);
    // A bulk load wrote no log; otherwise fold the log back into the database file so it does not stay gigabytes large.
    if (bulk) await sql`pragma journal_mode = wal`.execute(db);
    else await sql`pragma wal_checkpoint(truncate)`.execute(db);
  }
}

/**
 * SQLite bulk load: the tables' own indexes (not their keys) are dropped while `work` fills them
 * and built again afterwards, from the definitions the migrations left — one sort per index
 * instead of a million scattered insertions. Rebuilt even when `work` fails.
 */
export async function withIndexesBuiltAfter<T>(
  handle: DbHandle,
  tables: string[],
  work: () => Promise<T>,
  progress: (built: number, total: number) => void = () => {},
): Promise<T> {
  if (handle.kind !== 'sqlite') return work();
  const { db } = handle;
  const indexes = (
    await sql<{ name: string; sql: string }>`
      select name, sql from sqlite_master
      where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})
      order by rowid`.execute(db)
  ).rows;
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);
  try {
    return await work();
  } finally {
    for (const [built, index] of indexes.entries()) {
      progress(built, indexes.length);
      await sql.raw(index.sql).execute(db);
    }
    progress(indexes.length, indexes.length);
  }
}
