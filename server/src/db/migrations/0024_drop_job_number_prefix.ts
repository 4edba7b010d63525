import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL's `jobs_number_prefix` (0002) served the jobs grid's search by number prefix; since
 * the word search (0020) finds numbers in its own GIN index, and the review queue's number search
 * walks the queue's partial index (0021), no query reads it — an index of a million entries kept
 * for nothing (issue 15: every index serves a query that a test names, index-usage.test.ts).
 * SQLite never had it. Frozen in time, like every migration.
 */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`drop index if exists jobs_number_prefix`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`create index jobs_number_prefix on jobs (number text_pattern_ops)`.execute(db);
}
