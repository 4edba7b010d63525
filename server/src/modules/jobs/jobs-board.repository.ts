import type { Kysely } from 'kysely';
import { JOB_BOARD_POOL_LIMIT, type BoardJob, type JobBoard, type JobBoardQuery } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { chunks, jobHeading, placesOf } from './job-rows-lookups';

type BoardQuery = z.output<typeof JobBoardQuery>;

const BOARD_COLUMNS = [
  'jobs.id',
  'jobs.number',
  'jobs.status',
  'jobs.plannedStart',
  'jobs.plannedEnd',
  'jobs.managerId',
  'jobs.customerId',
  'jobs.siteId',
  'jobs.version',
] as const;

type BoardRow = {
  id: string;
  number: string;
  status: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  managerId: string | null;
  customerId: string;
  siteId: string | null;
  version: number;
};

/**
 * Dated, not cancelled jobs overlapping [start, end): a range of the (planned_end, planned_start)
 * index — the jobs ending after `start`, checked for their start within the index.
 */
export function overlappingJobs(db: Kysely<Database>, start: string, end: string) {
  return db
    .selectFrom('jobs')
    .where('jobs.plannedEnd', '>', start)
    .where('jobs.plannedStart', '<', end)
    .where('jobs.status', '<>', 'cancelled');
}

/** Who works on each job (manager and auxiliaries), read by primary key for a set of jobs. */
export async function teamsOf(db: Kysely<Database>, jobIds: string[]) {
  const teams = new Map<string, { userId: string; role: string }[]>();
  for (const part of chunks(jobIds)) {
    const rows = await db
      .selectFrom('jobTechnicians')
      .select(['jobId', 'userId', 'role'])
      .where('jobId', 'in', part)
      .execute();
    for (const r of rows) teams.set(r.jobId, [...(teams.get(r.jobId) ?? []), { userId: r.userId, role: r.role }]);
  }
  return teams;
}

async function toBoardJobs(db: Kysely<Database>, rows: BoardRow[], teams: Map<string, { userId: string; role: string }[]>): Promise<BoardJob[]> {
  const placeOf = await placesOf(db, rows);
  return rows.map((r) => ({
    ...jobHeading(r),
    managerId: r.managerId,
    auxiliaryIds: (teams.get(r.id) ?? []).filter((t) => t.role === 'auxiliary').map((t) => t.userId),
    ...placeOf(r),
    version: Number(r.version),
  }));
}

/**
 * The schedule board: the technicians (those asked for, else every active one, by name), their
 * jobs overlapping [from, to), and the pool (created jobs without a technician or a date,
 * newest first, at most JOB_BOARD_POOL_LIMIT, with their total).
 */
export async function loadJobBoard(db: Kysely<Database>, query: BoardQuery): Promise<JobBoard> {
  let people = db.selectFrom('users').select(['id', 'displayName as name']).where('role', '=', 'technician');
  people = query.technicianIds ? people.where('id', 'in', query.technicianIds) : people.where('isActive', '=', 1);
  const technicians = await people.orderBy('displayName').orderBy('id').execute();
  const wanted = new Set(technicians.map((t) => t.id));

  const dated = await overlappingJobs(db, query.from, query.to).select([...BOARD_COLUMNS]).execute();
  const teams = await teamsOf(db, dated.map((j) => j.id));
  const theirs = dated
    .filter((j) => (j.managerId !== null && wanted.has(j.managerId)) || (teams.get(j.id) ?? []).some((t) => wanted.has(t.userId)))
    .sort((a, b) => (a.plannedStart! < b.plannedStart! ? -1 : a.plannedStart! > b.plannedStart! ? 1 : a.id < b.id ? -1 : 1));

  const pooled = db
    .selectFrom('jobs')
    .where('jobs.status', '=', 'created')
    .where((eb) => eb.or([eb('jobs.managerId', 'is', null), eb('jobs.plannedStart', 'is', null)]));
  const pool = await pooled.select([...BOARD_COLUMNS]).orderBy('jobs.seq', 'desc').limit(JOB_BOARD_POOL_LIMIT).execute();
  const poolTotal = await pooled.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const poolTeams = await teamsOf(db, pool.map((j) => j.id));

  return {
    technicians,
    jobs: await toBoardJobs(db, theirs, teams),
    pool: await toBoardJobs(db, pool, poolTeams),
    poolTotal: Number(poolTotal.n),
  };
}
