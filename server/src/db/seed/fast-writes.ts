import { sql } from 'kysely';
import type { DbHandle } from '../create-db';

/**
 * SQLite only: no fsync per batch and a larger page cache while seeding. A seed that stops
 * half-way is started again with --reset, so per-batch durability buys nothing here; the
 * connection gets its own settings back afterwards (the server runs with synchronous = FULL).
 */
export async function withFastWrites<T>(handle: DbHandle, work: () => Promise<T>): Promise<T> {
  if (handle.kind !== 'sqlite') return work();
  const { db } = handle;
  const synchronous = (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]?.synchronous ?? 2;
  const cacheSize = (await sql<{ cacheSize: number }>`pragma cache_size`.execute(db)).rows[0]?.cacheSize ?? -2000;
  await sql`pragma synchronous = off`.execute(db);
  await sql`pragma cache_size = -131072`.execute(db);
  try {
    return await work();
  } finally {
    await sql.raw(`pragma synchronous = ${Number(synchronous)}`).execute(db);
    await sql.raw(`pragma cache_size = ${Number(cacheSize)}`).execute(db);
    // Fold the write-ahead log back into the database file so it does not stay gigabytes large.
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  }
}
