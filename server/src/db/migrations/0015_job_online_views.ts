import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * The job's online view (a read-only page a customer opens from a link, without signing in).
 * - `server_secrets` holds the key that signs those links: 32 random bytes made once, here. A
 *   link is the job id plus an HMAC of (job id, generation), so every job has one from the start
 *   and reading a job never has to write one.
 * - `job_online_views` holds what changes per job: the generation (reissuing a link bumps it, so
 *   the old one stops working), when it was revoked, and when it was last opened. No row = the
 *   first link, never revoked, never opened.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('server_secrets')
    .values({ name: 'online_view_key', value: randomBytes(32).toString('base64url'), created_at: new Date().toISOString() })
    .execute();
  await db.schema
    .createTable('job_online_views')
    .addColumn('job_id', 'text', (c) => c.primaryKey().references('jobs.id').onDelete('cascade'))
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_opened_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_online_views').execute();
  await db.schema.dropTable('server_secrets').execute();
}
