import type { Kysely } from 'kysely';

/**
 * Settings and custom fields:
 * - custom field definitions are read per entity in their order (one index range);
 * - the next job number lives in the `job_number` counter from now on: a database that already has
 *   jobs but no counter (loaded by other means) gets one after the highest number in use, so the
 *   settings page shows, and may only raise, the number the next job really gets.
 * Frozen in time, like every migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('custom_field_definitions_order')
    .on('custom_field_definitions')
    .columns(['entity', 'sort_order', 'id'])
    .execute();

  const counter = await db.selectFrom('counters').select('name').where('name', '=', 'job_number').executeTakeFirst();
  if (counter) return;
  let highest = 0;
  for (const { number } of await db.selectFrom('jobs').select('number').execute()) {
    const digits = /(\d+)$/.exec(String(number));
    if (digits) highest = Math.max(highest, Number(digits[1]));
  }
  if (highest > 0) await db.insertInto('counters').values({ name: 'job_number', value: highest }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('custom_field_definitions_order').execute();
}
