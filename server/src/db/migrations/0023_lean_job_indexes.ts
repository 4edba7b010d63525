import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { forEachJobBatch, swapTables } from '../migration-batches';

/**
 * Job indexes that hold only what their queries read (issue 15 §8: ≤ 2.5 kB per job at a million;
 * each index is named by the query it serves in server/test/index-usage.test.ts).
 * - Few jobs have open reserves or were ever declined, but their indexes held a line for every
 *   job. They become partial: `jobs_open_reserves` (the open-reserves filter, by planned start)
 *   keeps the jobs with open reserves, `jobs_declined_at` (the declined sort's dated rows) the
 *   declined jobs; the sort's undated rows are read by id (the primary key), nearly every job
 *   being undated. `jobs_status_declined` stays whole: with a status filter, its undated range
 *   is already in id order (a partial one would sort every job of the status).
 * - SQLite: `job_technicians` is rebuilt WITHOUT ROWID on its primary key (job, user): the table
 *   was a copy of that key's index. Copied a batch of jobs at a time, with progress on a large
 *   database; the swap is one transaction. PostgreSQL keeps its heap and indexes as they are.
 * Frozen in time, like every migration.
 */
const JOBS_PER_BATCH = 50_000;

const PARTIAL = [
  ['jobs_open_reserves', 'create index jobs_open_reserves on jobs (planned_start, id) where open_reserves > 0'],
  ['jobs_declined_at', 'create index jobs_declined_at on jobs (declined_at, id) where declined_at is not null'],
] as const;

const FULL = [
  ['jobs_open_reserves', 'create index jobs_open_reserves on jobs (open_reserves, planned_start, id)'],
  ['jobs_declined_at', 'create index jobs_declined_at on jobs (declined_at, id)'],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, create] of PARTIAL) {
    await sql`drop index ${sql.id(name)}`.execute(db);
    await sql.raw(create).execute(db);
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;

  // A copy interrupted by a stop is started again from the beginning.
  await sql`drop table if exists job_technicians_by_job`.execute(db);
  await sql`
    create table job_technicians_by_job (
      job_id text not null references jobs (id) on delete cascade,
      user_id text not null references users (id),
      role text not null,
      primary key (job_id, user_id)
    ) without rowid`.execute(db);
  await forEachJobBatch(db, '0023 job technicians by job', JOBS_PER_BATCH, async (jobs) => {
    await sql`
      insert into job_technicians_by_job (job_id, user_id, role)
      select job_id, user_id, role from job_technicians where ${jobs('job_id')} order by job_id, user_id`.execute(db);
  });
  await swapTables(db, 'job_technicians', 'job_technicians_by_job', [sql`create index job_technicians_user on job_technicians (user_id, job_id)`]);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name, create] of FULL) {
    await sql`drop index ${sql.id(name)}`.execute(db);
    await sql.raw(create).execute(db);
  }
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`
    create table job_technicians_by_rowid (
      job_id text not null references jobs (id) on delete cascade,
      user_id text not null references users (id),
      role text not null,
      constraint job_technicians_pk primary key (job_id, user_id)
    )`.execute(db);
  await sql`insert into job_technicians_by_rowid (job_id, user_id, role) select job_id, user_id, role from job_technicians`.execute(db);
  await sql`drop table job_technicians`.execute(db);
  await sql`alter table job_technicians_by_rowid rename to job_technicians`.execute(db);
  await sql`create index job_technicians_user on job_technicians (user_id, job_id)`.execute(db);
}

