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
  // A full-text index (and its shadow tables) is emptied by the triggers of the table it indexes.
  const indexes = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and lower(sql) like 'create virtual table%'`.execute(handle.db)).rows.map((r) => r.name);
  const rowTables = tables.filter((t) => !indexes.some((index) => t === index || t.startsWith(`${index}_`)));
  // SQLite checks foreign keys row by row: switch them off while the tables are emptied.
  await sql`pragma foreign_keys = off`.execute(handle.db);
  try {
    await handle.db.transaction().execute(async (trx) => {
      for (const table of rowTables) await sql`delete from ${sql.table(table)}`.execute(trx);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(handle.db);
  }
}
