import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Depots and serial units at scale (200,000 units): every list reads one index range per page.
 * - Serial units sorted by serial (keyset on serial, id), alone, within a depot, a status or an
 *   item, or a depot and a status; on PostgreSQL the serial is indexed `collate "C"` so the order, the keyset comparison
 *   and `LIKE 'prefix%'` use the same index (see byCodePoint).
 * - The repair queue walks needs-repair take-backs newest first.
 * - A depot's lines in stock are counted from the index alone.
 * - A depot that held anything keeps its row for the history of the units: deleting a van
 *   archives it (`archived_at`) and frees its owner.
 * Frozen in time, like every migration.
 */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

const serialIndexes = [
  ['serial_units_serial_id', []],
  ['serial_units_depot_serial', ['depot_id']],
  ['serial_units_depot_status_serial', ['depot_id', 'status']],
  ['serial_units_status_serial', ['status']],
  ['serial_units_item_serial_id', ['item_id']],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('depots').addColumn('archived_at', 'text').execute();
  const serial = isPostgres(db) ? sql`serial collate "C"` : sql`serial`;
  for (const [name, leading] of serialIndexes) {
    const columns = [...leading.map((c) => sql.id(c)), serial, sql.id('id')];
    await sql`create index ${sql.id(name)} on serial_units (${sql.join(columns)})`.execute(db);
  }
  await db.schema
    .createIndex('stock_movements_kind_status')
    .on('stock_movements')
    .columns(['kind', 'status_after', 'occurred_at', 'id'])
    .execute();
  await db.schema.createIndex('stock_levels_depot_quantity').on('stock_levels').columns(['depot_id', 'quantity']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['stock_levels_depot_quantity', 'stock_movements_kind_status', ...serialIndexes.map(([n]) => n)]) {
    await db.schema.dropIndex(name).execute();
  }
  await db.schema.alterTable('depots').dropColumn('archived_at').execute();
}
