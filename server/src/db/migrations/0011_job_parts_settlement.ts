import type { Kysely } from 'kysely';

/**
 * Parts and take-backs of a job move in the depots when the job ends (issue 7). A reopened job
 * ends again: `settled_at` marks the lines and take-backs already moved, so they never move twice
 * and stay frozen. The indexes answer "is this serial already on an open line / take-back?".
 * Frozen in time, like every migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('job_items').addColumn('settled_at', 'text').execute();
  await db.schema.alterTable('take_backs').addColumn('settled_at', 'text').execute();
  await db.schema.createIndex('job_items_unit').on('job_items').column('serial_unit_id').execute();
  await db.schema.createIndex('take_backs_serial').on('take_backs').column('serial').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('take_backs_serial').execute();
  await db.schema.dropIndex('job_items_unit').execute();
  await db.schema.alterTable('take_backs').dropColumn('settled_at').execute();
  await db.schema.alterTable('job_items').dropColumn('settled_at').execute();
}
