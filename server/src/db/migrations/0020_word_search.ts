import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Word search over the databases' own full-text machinery (issue 15), replacing `job_search_terms`:
 * - `jobs.search_text` becomes "customer words | city words ^ number and description words": the
 *   words accent-free and lower-cased by the app (the same on both databases), the markers letting a
 *   customer rename or a city change rewrite their part in one UPDATE. Rewritten here for every job,
 *   a batch at a time.
 * - SQLite: `job_search`, an FTS5 index with external content (the text stays in `jobs` only) keyed
 *   by `jobs.seq`, `detail=none` (rowids only: AND and prefix queries need no positions), prefix
 *   indexes of 2 and 3 letters; triggers keep it current in the transaction of every write of jobs.
 * - PostgreSQL: a GIN index over the text's words as lexemes (no parser, no `unaccent`: the app
 *   folded them), queried with `'word':*` prefixes.
 * Then `job_search_terms` (a row per word per job) is dropped. Frozen in time: the word rule is
 * copied from platform/job-search.ts.
 */
const BATCH = 2_000;
const ROWS_PER_UPDATE = 250;
const FTS_BATCH = 50_000;
const REPORT_FROM = 50_000;

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
  'au', 'aux', 'avec', 'ce', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'par', 'pour', 'sur', 'un', 'une',
]);

function wordsOf(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w))
    .map((w) => w.slice(0, 40));
  return [...new Set(words)].join(' ');
}

const searchText = (job: { number: string; description: string; customer: string | null; city: string | null }) =>
  `${wordsOf(job.customer ?? '')} | ${wordsOf(job.city ?? '')} ^ ${wordsOf(`${job.number} ${job.description}`)}`;

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const total = Number((await db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  let reported = 0;
  const report = (what: string, done: number) => {
    if (total < REPORT_FROM || (done - reported < REPORT_FROM && done < total)) return;
    reported = done;
    process.stderr.write(`migration 0020: ${what} ${done.toLocaleString('en')}/${total.toLocaleString('en')}\n`);
  };
  // SQLite runs migrations outside a transaction: each batch is one, or every row would be one.
  const inBatch = (work: (trx: Kysely<any>) => Promise<void>) => (db.isTransaction ? work(db) : db.transaction().execute(work));

  let after = 0;
  let done = 0;
  for (;;) {
    const jobs = await db
      .selectFrom('jobs')
      .leftJoin('customers', 'customers.id', 'jobs.customer_id')
      .leftJoin('sites', 'sites.id', 'jobs.site_id')
      .select(['jobs.seq', 'jobs.number', 'jobs.description', 'customers.name as customer', 'sites.city'])
      .where('jobs.seq', '>', after)
      .orderBy('jobs.seq')
      .limit(BATCH)
      .execute();
    if (jobs.length === 0) break;
    await inBatch(async (trx) => {
      for (let start = 0; start < jobs.length; start += ROWS_PER_UPDATE) {
        const rows = jobs.slice(start, start + ROWS_PER_UPDATE).map((job) => sql`(${sql`cast(${Number(job.seq)} as integer)`}, ${searchText(job)})`);
        await sql`with v(s, t) as (values ${sql.join(rows)})
          update jobs set search_text = (select t from v where v.s = jobs.seq) where seq in (select s from v)`.execute(trx);
      }
    });
    after = Number(jobs.at(-1)!.seq);
    done += jobs.length;
    report('search text', done);
  }
  reported = 0;

  if (postgres) {
    await sql`create index jobs_search on jobs using gin (array_to_tsvector(array_remove(string_to_array(search_text, ' '), '')))`.execute(db);
  } else {
    await sql`create virtual table job_search using fts5(
      search_text, content = 'jobs', content_rowid = 'seq', detail = none, prefix = '2 3',
      tokenize = "unicode61 remove_diacritics 2")`.execute(db);
    const last = Number((await db.selectFrom('jobs').select((eb) => eb.fn.max('seq').as('n')).executeTakeFirstOrThrow()).n ?? 0);
    for (let from = 0; from < last; from += FTS_BATCH) {
      await inBatch(async (trx) => {
        await sql`insert into job_search (rowid, search_text) select seq, search_text from jobs where seq > ${from} and seq <= ${from + FTS_BATCH}`.execute(trx);
      });
      report('search index', Math.min(total, from + FTS_BATCH));
    }
    await sql`create trigger jobs_search_insert after insert on jobs begin
      insert into job_search (rowid, search_text) values (new.seq, new.search_text); end`.execute(db);
    await sql`create trigger jobs_search_delete after delete on jobs begin
      insert into job_search (job_search, rowid, search_text) values ('delete', old.seq, old.search_text); end`.execute(db);
    await sql`create trigger jobs_search_update after update of search_text on jobs begin
      insert into job_search (job_search, rowid, search_text) values ('delete', old.seq, old.search_text);
      insert into job_search (rowid, search_text) values (new.seq, new.search_text); end`.execute(db);
  }
  await db.schema.dropTable('job_search_terms').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) await sql`drop index jobs_search`.execute(db);
  else {
    for (const trigger of ['jobs_search_insert', 'jobs_search_delete', 'jobs_search_update']) await sql`drop trigger ${sql.ref(trigger)}`.execute(db);
    await sql`drop table job_search`.execute(db);
  }
  // The per-word table comes back empty: a database taken back to 0019 re-runs nothing that fills it.
  await db.schema
    .createTable('job_search_terms')
    .addColumn('term', postgres ? sql`text collate "C"` : 'text', (c) => c.notNull())
    .addColumn('job_id', 'text', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('job_search_terms_pk', ['term', 'job_id'])
    .execute();
  await db.schema.createIndex('job_search_terms_job').on('job_search_terms').column('job_id').execute();
}
