import { sql, type Kysely } from 'kysely';

/**
 * A take-back of a serial recorded somewhere else (issue 14 §1): the part is in the technician's
 * hands, so the take-back is accepted, but the record is not moved until the office settles it.
 * - `recorded_place` is what the record said when the take-back was made: `another_customer` or
 *   `depot` (null: recorded at this customer, or unknown — nothing to settle), with which one
 *   (`recorded_customer_id` / `recorded_depot_id`; the unit itself is `serial_unit_id`).
 * - `resolution` is the office's answer: `confirmed` (the unit was the one taken back: it moves)
 *   or `corrected` (the technician's serial was wrong: the take-back got the right one, whose
 *   typed value stays in `reported_serial`), with who and when. Open = a place and no resolution.
 * The office lists open discrepancies by age (a partial index, only as large as what is open); a
 * unit's page and its customer's equipment find a unit's take-backs through take_backs_unit (0001).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('take_backs').addColumn('recorded_place', 'text').execute();
  await db.schema.alterTable('take_backs').addColumn('recorded_customer_id', 'text', (c) => c.references('customers.id')).execute();
  await db.schema.alterTable('take_backs').addColumn('recorded_depot_id', 'text', (c) => c.references('depots.id')).execute();
  await db.schema.alterTable('take_backs').addColumn('resolution', 'text').execute();
  await db.schema.alterTable('take_backs').addColumn('resolved_by', 'text', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('take_backs').addColumn('resolved_at', 'text').execute();
  await db.schema.alterTable('take_backs').addColumn('reported_serial', 'text').execute();
  await db.schema
    .createIndex('take_backs_open_discrepancies')
    .on('take_backs')
    .columns(['created_at', 'id'])
    .where(sql<boolean>`recorded_place is not null and resolution is null`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('take_backs_open_discrepancies').execute();
  for (const column of ['reported_serial', 'resolved_at', 'resolved_by', 'resolution', 'recorded_depot_id', 'recorded_customer_id', 'recorded_place']) {
    await db.schema.alterTable('take_backs').dropColumn(column).execute();
  }
}
