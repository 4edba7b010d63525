import type { ColumnType } from 'kysely';

/**
 * Columns of migration 0011 (job_items.settled_at, take_backs.settled_at), added to the Kysely
 * view of the database next to their only user. Optional on insert: other modules' inserts are
 * unchanged. (To move into db/database.ts when its owner next edits it.)
 */
type SettledAt = ColumnType<string | null, string | null | undefined, string | null>;

declare module '../../db/database' {
  interface JobItemsTable {
    /** When the job's end moved this line's stock or unit; null while the line is still open. */
    settledAt: SettledAt;
  }
  interface TakeBacksTable {
    /** When the job's end moved this take-back's unit; null while it may still be edited. */
    settledAt: SettledAt;
  }
}

export {};
