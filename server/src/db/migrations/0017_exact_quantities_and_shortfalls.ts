import { sql, type Kysely } from 'kysely';

/**
 * Exact quantities and stock shortfalls (issue 14 §4).
 * - Quantities were doubles (2.3 m could be 2.2999999…). They become integer thousandths on both
 *   databases — `quantity_milli` (2.5 m = 2500), named so no reader takes them for units — in
 *   stock_levels, stock_movements and job_items; existing values are converted (rounded to the
 *   thousandth) and the double columns dropped. bigint: a main depot's stock may pass 2^31 thousandths.
 * - A job line the technician's van did not hold carries its missing quantity (`shortfall_milli`,
 *   0 when none): an estimate while the line is open, fixed when the job ends and the van is
 *   debited (`shortfall_depot_id`: that van). The office settles it once: when, by whom, how
 *   (`shortfall_resolution`: van_count_corrected | taken_from_depot — from `shortfall_source_depot_id` —
 *   | written_off) and the note.
 *   The movement of the job's end keeps what was missing (`stock_movements.shortfall_milli`).
 * - Indexes: the office's list of a period's shortfalls reads one range (partial index: only lines
 *   with a shortfall); the van check of a new line reads the technician's open lines of one item.
 * Frozen in time, like every migration.
 */
const QUANTITY_TABLES = ['stock_levels', 'stock_movements', 'job_items'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  // The only index naming a quantity (0005): SQLite drops no indexed column.
  await db.schema.dropIndex('stock_levels_depot_quantity').execute();
  for (const table of QUANTITY_TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('quantity_milli', 'bigint', (c) =>
        table === 'stock_levels' ? c.notNull().defaultTo(0).check(sql`quantity_milli >= 0`) : c.notNull().defaultTo(0),
      )
      .execute();
    await sql`update ${sql.table(table)} set quantity_milli = cast(round(quantity * 1000) as bigint)`.execute(db);
    await db.schema.alterTable(table).dropColumn('quantity').execute();
  }
  await db.schema.createIndex('stock_levels_depot_quantity_milli').on('stock_levels').columns(['depot_id', 'quantity_milli']).execute();

  await db.schema.alterTable('stock_movements').addColumn('shortfall_milli', 'bigint', (c) => c.notNull().defaultTo(0)).execute();

  await db.schema.alterTable('job_items').addColumn('shortfall_milli', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('job_items').addColumn('shortfall_depot_id', 'text', (c) => c.references('depots.id')).execute();
  await db.schema.alterTable('job_items').addColumn('shortfall_resolution', 'text').execute();
  await db.schema.alterTable('job_items').addColumn('shortfall_source_depot_id', 'text', (c) => c.references('depots.id')).execute();
  await db.schema.alterTable('job_items').addColumn('shortfall_resolved_at', 'text').execute();
  await db.schema.alterTable('job_items').addColumn('shortfall_resolved_by', 'text', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('job_items').addColumn('shortfall_note', 'text').execute();
  await db.schema
    .createIndex('job_items_shortfalls')
    .on('job_items')
    .columns(['settled_at', 'id'])
    .where(sql.ref('shortfall_milli'), '>', 0)
    .execute();
  await db.schema
    .createIndex('job_items_open_by_adder')
    .on('job_items')
    .columns(['added_by', 'item_id'])
    .where(sql.ref('settled_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('job_items_open_by_adder').execute();
  await db.schema.dropIndex('job_items_shortfalls').execute();
  for (const column of ['shortfall_note', 'shortfall_resolved_by', 'shortfall_resolved_at', 'shortfall_source_depot_id', 'shortfall_resolution', 'shortfall_depot_id', 'shortfall_milli']) {
    await db.schema.alterTable('job_items').dropColumn(column).execute();
  }
  await db.schema.alterTable('stock_movements').dropColumn('shortfall_milli').execute();
  await db.schema.dropIndex('stock_levels_depot_quantity_milli').execute();
  for (const table of QUANTITY_TABLES) {
    await db.schema.alterTable(table).addColumn('quantity', 'double precision', (c) => c.notNull().defaultTo(0)).execute();
    await sql`update ${sql.table(table)} set quantity = quantity_milli / 1000.0`.execute(db);
    await db.schema.alterTable(table).dropColumn('quantity_milli').execute();
  }
  await db.schema.createIndex('stock_levels_depot_quantity').on('stock_levels').columns(['depot_id', 'quantity']).execute();
}
