import type { Kysely } from 'kysely';
import { workingStatuses, type JobStatus, type TechnicianRole } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { conflict, notFound } from '../../shared/errors';
import { lockJob, type JobRow } from '../job-lifecycle';

export interface CallerJob {
  job: JobRow;
  role: TechnicianRole;
}

/**
 * A job in the pool (created) or tentatively planned (draft) is not yet the technician's: it
 * reaches the app when dispatch confirms the schedule.
 */
export const hiddenFromTechnicians: readonly JobStatus[] = ['created', 'draft'];

/**
 * The caller's job, locked for the use case: 404 when the
 * technician is not on it (another technician's job must look like no job at all), or when it is
 * not theirs yet (pool, draft).
 */
export async function callerJob(uow: UnitOfWork, jobId: string, userId: string): Promise<CallerJob> {
  return callersView(uow.trx, await lockJob(uow, jobId).catch(() => null), userId);
}

/** The same check for a read (GET is safe): no lock, no transaction. */
export async function readCallerJob(db: Kysely<Database>, jobId: string, userId: string): Promise<CallerJob> {
  return callersView(db, await db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst(), userId);
}

async function callersView(db: Kysely<Database>, job: JobRow | null | undefined, userId: string): Promise<CallerJob> {
  const link = job
    ? await db.selectFrom('jobTechnicians').select('role').where('jobId', '=', job.id).where('userId', '=', userId).executeTakeFirst()
    : undefined;
  if (!job || !link || hiddenFromTechnicians.includes(job.status)) throw notFound('This job');
  return { job, role: link.role };
}

/** Report writes (answers, reserves, photos, items, take-backs…) need a started or paused job: 409 otherwise. */
export function assertWorking(job: JobRow): void {
  if (!workingStatuses.includes(job.status)) {
    throw conflict('job_not_in_progress', 'Start the job before changing its report.', { currentStatus: job.status });
  }
}

/**
 * A change to the report of the caller's job, in its one unit of work: the job is locked, 404 when
 * it is not the caller's, 409 unless it is started or paused (assertWorking).
 */
export async function inWorkingJob<T>(db: Kysely<Database>, jobId: string, actor: Actor, work: (uow: UnitOfWork, job: JobRow) => Promise<T>): Promise<T> {
  return inUnitOfWork(db, async (uow) => {
    const { job } = await callerJob(uow, jobId, actor.id);
    assertWorking(job);
    return work(uow, job);
  });
}
