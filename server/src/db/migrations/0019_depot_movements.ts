import { sql, type Kysely } from 'kysely';

/**
 * A depot's movements (issue 14 §4: a line's stock shortfall is visible in the depot's movements).
 * - The depot page lists the movements out of or into one depot, newest first: one index per side
 *   (`from_depot_id` / `to_depot_id`, then `occurred_at`, `id`), each page two index ranges merged.
 * - A movement that carries a stock shortfall names its job line (`job_item_id`), so the list says
 *   whether the office has settled it; the settlement's own adjustment names it too. Movements
 *   recorded before this migration are matched to their line by job, item, van and the job's end.
 * Frozen in time, like every migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stock_movements').addColumn('job_item_id', 'text', (c) => c.references('job_items.id')).execute();
  await sql`
    update stock_movements set job_item_id = (
      select l.id from job_items l
      where l.job_id = stock_movements.job_id and l.item_id = stock_movements.item_id
        and l.shortfall_depot_id = stock_movements.from_depot_id and l.settled_at = stock_movements.occurred_at
        and l.shortfall_milli = stock_movements.shortfall_milli
      order by l.id limit 1)
    where shortfall_milli > 0 and kind = 'install'`.execute(db);
  await db.schema.createIndex('stock_movements_from_depot').on('stock_movements').columns(['from_depot_id', 'occurred_at', 'id']).execute();
  await db.schema.createIndex('stock_movements_to_depot').on('stock_movements').columns(['to_depot_id', 'occurred_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('stock_movements_to_depot').execute();
  await db.schema.dropIndex('stock_movements_from_depot').execute();
  await db.schema.alterTable('stock_movements').dropColumn('job_item_id').execute();
}
