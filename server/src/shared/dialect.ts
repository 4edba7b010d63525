import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/** True on PostgreSQL (also inside a transaction): for the few statements that differ by dialect. */
export const isPostgres = <DB>(db: Kysely<DB>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * A text column compared by code point on both databases (SQLite's BINARY, PostgreSQL's
 * COLLATE "C"): sort order, keyset comparison and `LIKE 'prefix%'` then all use the same index
 * (on PostgreSQL an index on `(column collate "C", id)`, created by migration 0002).
 */
export function byCodePoint<DB>(db: Kysely<DB>, column: string): RawBuilder<string> {
  return isPostgres(db) ? sql<string>`${sql.ref(column)} collate "C"` : sql<string>`${sql.ref(column)}`;
}
