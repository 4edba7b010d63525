import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Prefix searches (`LIKE 'abc%'`) on PostgreSQL. SQLite needs nothing: with `case_sensitive_like`
 * on (create-db.ts) its plain indexes of 0001 serve them. PostgreSQL with a non-C collation only
 * uses an index for LIKE when it is a `text_pattern_ops` one, or one on `column collate "C"`; the
 * latter also serves ORDER BY and keyset comparisons written with collate "C" (byCodePoint), so
 * sorted lists searched by prefix read one index range. Frozen in time, like every migration.
 */
const patternIndexes = [
  ['customers_code_prefix', 'customers', 'code'],
  ['catalog_items_reference_prefix', 'catalog_items', 'reference'],
  ['jobs_number_prefix', 'jobs', 'number'],
  ['serial_units_serial_prefix', 'serial_units', 'serial'],
  ['users_email_prefix', 'users', 'email'],
] as const;

const codePointIndexes = [
  ['customers_search_name_c', 'customers', 'search_name'],
  ['catalog_items_search_name_c', 'catalog_items', 'search_name'],
] as const;

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [name, table, column] of patternIndexes) {
    await sql`create index ${sql.id(name)} on ${sql.table(table)} (${sql.id(column)} text_pattern_ops)`.execute(db);
  }
  for (const [name, table, column] of codePointIndexes) {
    await sql`create index ${sql.id(name)} on ${sql.table(table)} (${sql.id(column)} collate "C", id)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [name] of [...patternIndexes, ...codePointIndexes]) await sql`drop index if exists ${sql.id(name)}`.execute(db);
}
