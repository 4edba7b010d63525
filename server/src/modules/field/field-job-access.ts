import type { Kysely } from 'kysely';
import { workingStatuses, type JobStatus, type TechnicianRole } from '@contract';
import type { Database } from '../../db/database';
import type { Actor, AuditEntry } from '../../plugins/audit';
import { asUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { conflict, notFound } from '../../shared/errors';
import { lockJob, rememberJob, writeJobEvent, type JobEventInput, type JobRow } from '../job-lifecycle';

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
export async function callerJob(on: UnitOfWork | Kysely<Database>, jobId: string, userId: string): Promise<CallerJob> {
  return asUnitOfWork(on, async (uow) => callersView(uow.trx, await lockJob(uow, jobId).catch(() => null), userId));
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

export interface TouchInput {
  actor: Actor | null;
  /** The history line (jobId and actor are filled in). */
  event: Omit<JobEventInput, 'jobId' | 'actorId' | 'source'>;
  /** The one audit row of the change (actor is filled in). */
  audit: Omit<AuditEntry, 'actor'>;
}

/**
 * After a change to a job's report: bumps the job's version and last change, writes the history
 * line and the audit row, and publishes `job.updated` — call it last in the use case (after any
 * other publish, e.g. `reserve.raised`, this one is the final one).
 */
export async function touchJob(uow: UnitOfWork, job: JobRow, input: TouchInput): Promise<JobRow> {
  const { trx } = uow;
  const at = nowIso();
  const updated = await trx
    .updateTable('jobs')
    .set({ version: job.version + 1, updatedAt: at })
    .where('id', '=', job.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  rememberJob(uow, updated);
  await writeJobEvent(trx, { ...input.event, jobId: job.id, actorId: input.actor?.id ?? null, source: 'field', occurredAt: at });
  uow.audit({ ...input.audit, actor: input.actor });
  uow.publish('job.updated', { jobId: job.id, number: job.number, version: updated.version });
  return updated;
}
