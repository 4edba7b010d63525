import type { Kysely } from 'kysely';

/**
 * Issue 15 (nothing blocks the server): renaming a customer with 10,000 jobs, or changing a site's
 * city, rewrote every job's search text in the rename's own transaction — a second of a stopped
 * server on SQLite, and a scan of every job for a city. The rename now rewrites its first 500 jobs
 * and leaves a row here; the rest is rewritten 500 jobs at a time, each step its own short
 * transaction, resumed after a restart (platform/search-rewrites.ts). `after_id`: the last job id
 * rewritten (ids of the customer's jobs, in order).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_rewrites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text')
    .addColumn('after_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_rewrites').execute();
}
