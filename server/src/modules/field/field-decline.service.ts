import type { Kysely } from 'kysely';
import type { FieldDeclineInput, FieldDeclineResult } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { AppError, invalidInput } from '../../shared/errors';
import { loadJobTechnicians } from '../job-report';
import { transitionJob } from '../job-lifecycle';
import { settingsFor } from '../settings';
import { callerJob } from './field-job-access';

/**
 * The job manager declines a scheduled job (or asks for another date): it goes back to the job
 * pool (status created, no technicians) for dispatch to plan again. The technicians who had it
 * stay in the history line's data; the planned dates stay as they were, for dispatch to see.
 */
export async function declineJob(db: Kysely<Database>, jobId: string, input: FieldDeclineInput, actor: Actor): Promise<FieldDeclineResult> {
  if (!(await settingsFor(db)).technicianDeclineAllowed) {
    throw new AppError(403, 'decline_disabled', 'Declining jobs from the app is turned off.');
  }
  const now = nowIso();
  if (input.proposedStart !== undefined && input.proposedStart <= now) {
    throw invalidInput([{ in: 'body', path: 'proposedStart', message: 'The proposed date must be in the future' }]);
  }
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { role } = await callerJob(uow, jobId, actor.id);
    // Declining takes the job away from every technician on it: the manager speaks for the team.
    if (role !== 'manager') throw new AppError(403, 'not_job_manager', 'Only the job manager can decline the job.');
    const technicians = await loadJobTechnicians(trx, jobId);
    const proposedStart = input.proposedStart ?? null;
    const { job } = await transitionJob(uow, {
      jobId,
      action: 'decline',
      actor,
      source: 'field',
      patch: { declineReason: input.reason, declinedAt: now, proposedStart, managerId: null },
      data: { reason: input.reason, proposedStart, technicians },
    });
    await trx.deleteFrom('jobTechnicians').where('jobId', '=', jobId).execute();
    return { id: job.id, number: job.number, status: job.status, version: job.version, declineReason: input.reason, declinedAt: now, proposedStart };
  });
}
