import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * What the jobs grid, its views, the schedule board and the overlap warning read:
 * - `job_search_terms(term, job_id)`: the words of each job's description, so a text search is a
 *   prefix range of an index (a `LIKE '%x%'` would read every job). On PostgreSQL the term is
 *   `collate "C"`, so its primary key serves `LIKE 'x%'` as on SQLite.
 * - indexes for the views (late, declined, pool newest first), the sorts (completed, declined) and
 *   the board.
 * Existing jobs are indexed here, a batch at a time (portable: read and written through Kysely).
 * Frozen in time, like every migration: the word rule is copied from job-search-terms.ts.
 */
const jobIndexes = [
  ['jobs_status_end', ['status', 'planned_end', 'id']],
  ['jobs_status_declined', ['status', 'declined_at', 'id']],
  ['jobs_completed_at', ['completed_at', 'id']],
  ['jobs_declined_at', ['declined_at', 'id']],
  ['jobs_end_start', ['planned_end', 'planned_start']],
  ['jobs_status_seq', ['status', 'seq']],
] as const;

const BATCH = 1_000;
const ROWS_PER_INSERT = 500;

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
  'au', 'aux', 'avec', 'ce', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'par', 'pour', 'sur', 'un', 'une',
]);

function termsOf(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w))
    .map((w) => w.slice(0, 40));
  return [...new Set(words)];
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('job_search_terms')
    .addColumn('term', postgres ? sql`text collate "C"` : 'text', (c) => c.notNull())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('job_search_terms_pk', ['term', 'job_id'])
    .execute();
  await db.schema.createIndex('job_search_terms_job').on('job_search_terms').column('job_id').execute();
  for (const [name, columns] of jobIndexes) {
    await db.schema.createIndex(name).on('jobs').columns([...columns]).execute();
  }

  let after = '';
  for (;;) {
    const jobs = await db
      .selectFrom('jobs')
      .select(['id', 'description'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (jobs.length === 0) break;
    const rows = jobs.flatMap((job) => termsOf(String(job.description ?? '')).map((term) => ({ term, job_id: job.id })));
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await db.insertInto('job_search_terms').values(rows.slice(start, start + ROWS_PER_INSERT)).execute();
    }
    after = String(jobs.at(-1)!.id);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of jobIndexes) await db.schema.dropIndex(name).execute();
  await db.schema.dropTable('job_search_terms').execute();
}
