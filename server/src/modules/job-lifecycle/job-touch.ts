import type { Actor, AuditEntry } from '../../plugins/audit';
import type { UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { rememberJob, writeJobEvent, type EventSource, type JobEventInput, type JobRow } from './job-lifecycle.service';

export interface TouchInput {
  actor: Actor | null;
  /** Who made the change: the app or the console. */
  source: EventSource;
  /** The history line (jobId and actor are filled in). */
  event: Omit<JobEventInput, 'jobId' | 'actorId' | 'source'>;
  /** The one audit row of the change (actor is filled in). */
  audit: Omit<AuditEntry, 'actor'>;
}

/**
 * After a change to a job's report or documents: bumps the job's version and last change, writes the history
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
  await writeJobEvent(trx, { ...input.event, jobId: job.id, actorId: input.actor?.id ?? null, source: input.source, occurredAt: at });
  uow.audit({ ...input.audit, actor: input.actor });
  uow.publish('job.updated', { jobId: job.id, number: job.number, version: updated.version });
  return updated;
}
