import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { forEachJobBatch, swapTables } from '../migration-batches';

/**
 * Job history stored once, in the order it is read (issue 15 §8: ≤ 2.5 kB per job at a million).
 * Every reader of `job_events` asks for one job's lines by time (the history, the last start or
 * reopening, who declined, when it was cancelled); none looks a line up by its id alone. The table
 * kept each line three times: the row under a hidden rowid, the primary key's index on `id`, and
 * `job_events_job (job_id, occurred_at)` — about 120 of its ~300 bytes a line, six lines a job.
 * - SQLite: rebuilt as a WITHOUT ROWID table whose primary key is (job_id, occurred_at, id): the
 *   lines of a job sit together in time order, and the table is its own only index. Copied a batch
 *   of jobs at a time, in key order, with progress on a large database; the swap is one transaction.
 *   The freed pages are reused by later writes (VACUUM gives them back to the disk).
 * - PostgreSQL: the heap stays; its primary key becomes (job_id, occurred_at, id) and replaces
 *   `job_events_job` (one index instead of two, no row rewritten).
 * The id stays unique within its job's moment; it is a time-ordered UUID made once per line.
 * Frozen in time, like every migration.
 */
const JOBS_PER_BATCH = 20_000;
const COLUMNS = 'id, job_id, type, from_status, to_status, actor_id, source, data, occurred_at';

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table job_events drop constraint job_events_pkey`.execute(db);
    await sql`drop index job_events_job`.execute(db);
    await sql`alter table job_events add constraint job_events_pkey primary key (job_id, occurred_at, id)`.execute(db);
    return;
  }

  // A copy interrupted by a stop is started again from the beginning.
  await sql`drop table if exists job_events_by_job`.execute(db);
  await sql.raw(jobEventsTable('job_events_by_job', 'primary key (job_id, occurred_at, id)', 'without rowid')).execute(db);

  await forEachJobBatch(db, '0022 compact job events', JOBS_PER_BATCH, async (jobs) => {
    await sql`
      insert into job_events_by_job (${sql.raw(COLUMNS)})
      select ${sql.raw(COLUMNS)} from job_events where ${jobs('job_id')} order by job_id, occurred_at, id`.execute(db);
  });
  await swapTables(db, 'job_events', 'job_events_by_job');
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table job_events drop constraint job_events_pkey`.execute(db);
    await sql`alter table job_events add constraint job_events_pkey primary key (id)`.execute(db);
    await sql`create index job_events_job on job_events (job_id, occurred_at)`.execute(db);
    return;
  }
  await sql.raw(jobEventsTable('job_events_by_rowid', 'primary key (id)')).execute(db);
  await sql`insert into job_events_by_rowid (${sql.raw(COLUMNS)}) select ${sql.raw(COLUMNS)} from job_events`.execute(db);
  await sql`drop table job_events`.execute(db);
  await sql`alter table job_events_by_rowid rename to job_events`.execute(db);
  await sql`create index job_events_job on job_events (job_id, occurred_at)`.execute(db);
}

/** The history table's columns (as 0001 made them), under `name`, with its key and options. */
function jobEventsTable(name: string, key: string, options = ''): string {
  return `
    create table ${name} (
      id text not null,
      job_id text not null references jobs (id) on delete cascade,
      type text not null,
      from_status text,
      to_status text,
      actor_id text references users (id),
      source text not null,
      data text not null default '{}',
      occurred_at text not null,
      ${key}
    ) ${options}`;
}
