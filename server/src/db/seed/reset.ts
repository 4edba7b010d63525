import { sql, type Kysely } from 'kysely';
import type { DbHandle } from '../create-db';
import type { Database } from '../database';

/** Every application table, migrations' bookkeeping excepted. */
async function applicationTables(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).filter((name) => !name.startsWith('kysely_'));
}

/** Deletes every row of every table (the schema stays), for `seedDemo({ reset: true })`. */
export async function deleteAllRows(handle: DbHandle): Promise<void> {
  const tables = await applicationTables(handle.db);
  if (tables.length === 0) return;
  if (handle.kind === 'postgres') {
    await sql`truncate table ${sql.join(tables.map((t) => sql.table(t)))} restart identity cascade`.execute(handle.db);
    return;
  }
  // SQLite checks foreign keys row by row: switch them off while the tables are emptied.
  await sql`pragma foreign_keys = off`.execute(handle.db);
  try {
    await handle.db.transaction().execute(async (trx) => {
      for (const table of tables) await sql`delete from ${sql.table(table)}`.execute(trx);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(handle.db);
  }
}
