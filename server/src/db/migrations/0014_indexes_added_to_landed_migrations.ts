import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Two indexes were added to migrations after those had landed (0005: `serial_units_depot_status_serial`,
 * 0009: `jobs_status_seq`): a database migrated before the edit never got them. They are created
 * here when missing, exactly as the edited migrations define them; databases that have them keep them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const serial = postgres ? sql`serial collate "C"` : sql`serial`;
  await sql`create index if not exists serial_units_depot_status_serial on serial_units (depot_id, status, ${serial}, id)`.execute(db);
  await db.schema.createIndex('jobs_status_seq').ifNotExists().on('jobs').columns(['status', 'seq']).execute();
}

/** Nothing to undo: the indexes belong to 0005 and 0009 on every database migrated after their edit. */
export async function down(): Promise<void> {}
