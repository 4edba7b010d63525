import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Catalog lists: each filter of the grid (family; kind and/or active) with each sort (name,
 * reference) reads one index range in order, and counts read an index, never the table. On
 * PostgreSQL the sorted text columns are indexed `collate "C"` (byCodePoint). Family names are
 * unique ignoring case: the CSV import finds a family by its name. Frozen in time.
 */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** [index, columns]; a `*` column is sorted text (collate "C" on PostgreSQL). */
const itemIndexes = [
  ['catalog_items_family_name', ['family_id', '*search_name', 'id']],
  ['catalog_items_family_reference', ['family_id', '*reference']],
  ['catalog_items_kind_name', ['kind', 'is_active', '*search_name', 'id']],
  ['catalog_items_active_name', ['is_active', '*search_name', 'id']],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const column = (c: string) => (c.startsWith('*') ? (pg ? sql`${sql.id(c.slice(1))} collate "C"` : sql.id(c.slice(1))) : sql.id(c));
  // Replaced by catalog_items_family_name, which it prefixes.
  await db.schema.dropIndex('catalog_items_family').execute();
  for (const [name, columns] of itemIndexes) {
    await sql`create index ${sql.id(name)} on catalog_items (${sql.join(columns.map(column))})`.execute(db);
  }
  if (pg) await sql`create index catalog_items_reference_c on catalog_items (reference collate "C")`.execute(db);
  await sql`create unique index catalog_families_name on catalog_families (lower(name))`.execute(db);
  await db.schema.createIndex('catalog_families_order').on('catalog_families').columns(['sort_order', 'name']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('catalog_families_order').execute();
  await db.schema.dropIndex('catalog_families_name').execute();
  if (isPostgres(db)) await db.schema.dropIndex('catalog_items_reference_c').execute();
  for (const [name] of itemIndexes) await db.schema.dropIndex(name).execute();
  await db.schema.createIndex('catalog_items_family').on('catalog_items').columns(['family_id', 'search_name']).execute();
}
