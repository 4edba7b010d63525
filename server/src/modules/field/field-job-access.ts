import type { Kysely } from 'kysely';
import { workingStatuses, type JobStatus, type TechnicianRole } from '@contract';
import type { Database } from '../../db/database';
import { audit, type Actor, type AuditEntry } from '../../plugins/audit';
import { publish } from '../../plugins/events/publish';
import { nowIso } from '../../shared/clock';
import { conflict, notFound } from '../../shared/errors';
import { lockJob, writeJobEvent, type JobEventInput, type JobRow } from '../job-lifecycle';

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
 * The caller's job, locked for the transaction (unless `lock: false`, for reads): 404 when the
 * technician is not on it (another technician's job must look like no job at all), or when it is
 * not theirs yet (pool, draft).
 */
export async function callerJob(trx: Kysely<Database>, jobId: string, userId: string, { lock = true } = {}): Promise<CallerJob> {
  const job = lock
    ? await lockJob(trx, jobId).catch(() => null)
    : await trx.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirst();
  const link = job
    ? await trx
        .selectFrom('jobTechnicians')
        .select('role')
        .where('jobId', '=', jobId)
        .where('userId', '=', userId)
        .executeTakeFirst()
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
 * line and the audit row, and publishes `job.updated` — call it last in the transaction (after
 * any other publish, e.g. `reserve.raised`, this one is the final one).
 */
export async function touchJob(trx: Kysely<Database>, job: JobRow, input: TouchInput): Promise<JobRow> {
  const at = nowIso();
  const updated = await trx
    .updateTable('jobs')
    .set({ version: job.version + 1, updatedAt: at })
    .where('id', '=', job.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeJobEvent(trx, { ...input.event, jobId: job.id, actorId: input.actor?.id ?? null, source: 'field', occurredAt: at });
  await audit(trx, { ...input.audit, actor: input.actor });
  await publish(trx, 'job.updated', { jobId: job.id, number: job.number, version: updated.version });
  return updated;
}
