import type { Kysely } from 'kysely';
import { canTransition, evaluateReport, type TechnicianRole } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { AppError, businessRule } from '../../shared/errors';
import { invalidTransition, transitionJob, type JobRow } from '../job-lifecycle';
import { callerJob } from './field-job-access';
import { answerMapAsItStands, EMPTY_DEFINITION, pinnedTemplate } from '../job-report';
import { settleJobParts } from './job-parts-settlement.service';

export type LifecycleAction = 'start' | 'pause' | 'resume' | 'end';

export interface LifecycleResult {
  job: JobRow;
  role: TechnicianRole;
}

/**
 * Start, pause, resume or end the caller's job. Worked time counts the running stretches only:
 * a stretch begins at the latest `started`/`resumed` history line and is added on pause and end.
 */
export async function changeJobStatus(db: Kysely<Database>, jobId: string, actor: Actor, action: LifecycleAction): Promise<LifecycleResult> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { job, role } = await callerJob(uow, jobId, actor.id);
    const now = nowIso();
    switch (action) {
      case 'start': {
        const { job: started } = await transitionJob(uow, {
          jobId,
          action,
          actor,
          source: 'field',
          patch: { actualStart: job.actualStart ?? now, pausedAt: null },
        });
        return { job: started, role };
      }
      case 'pause': {
        if (!canTransition(job.status, 'pause')) throw invalidTransition('pause', job.status);
        const workedSeconds = job.workedSeconds + (await runningSeconds(trx, job, now));
        const { job: paused } = await transitionJob(uow, { jobId, action, actor, source: 'field', patch: { pausedAt: now, workedSeconds } });
        return { job: paused, role };
      }
      case 'resume': {
        const { job: resumed } = await transitionJob(uow, { jobId, action, actor, source: 'field', patch: { pausedAt: null } });
        return { job: resumed, role };
      }
      case 'end':
        return { job: await endJob(uow, job, role, actor, now), role };
    }
  });
}

/**
 * The app acknowledges that it downloaded the job: a scheduled job becomes synchronized (history,
 * audit, live event); any other state answers the job unchanged, so a repeat is harmless.
 */
export async function receiveJob(db: Kysely<Database>, jobId: string, actor: Actor): Promise<LifecycleResult> {
  return inUnitOfWork(db, async (uow) => {
    const { job, role } = await callerJob(uow, jobId, actor.id);
    if (job.status !== 'scheduled') return { job, role };
    const { job: received } = await transitionJob(uow, { jobId, action: 'synchronize', actor, source: 'field' });
    return { job: received, role };
  });
}

async function endJob(uow: UnitOfWork, job: JobRow, role: TechnicianRole, actor: Actor, now: string): Promise<JobRow> {
  if (role !== 'manager') throw new AppError(403, 'not_job_manager', 'Only the job manager can end the job.');
  if (!canTransition(job.status, 'end')) throw invalidTransition('end', job.status);
  const { trx } = uow;
  const definition = (await pinnedTemplate(trx, job))?.definition ?? EMPTY_DEFINITION;
  const { missing } = evaluateReport(definition, await answerMapAsItStands(trx, job.id, definition));
  if (missing.length > 0) {
    throw businessRule('mandatory_fields_missing', 'Some mandatory fields of the report are not filled in.', { missingFields: missing });
  }
  const workedSeconds = job.workedSeconds + (job.status === 'started' ? await runningSeconds(trx, job, now) : 0);
  const { job: ended } = await transitionJob(uow, {
    jobId: job.id,
    action: 'end',
    actor,
    source: 'field',
    patch: { actualEnd: now, completedAt: now, pausedAt: null, workedSeconds },
    data: { workedSeconds },
  });
  await settleJobParts(uow, ended, actor);
  return ended;
}

/** Seconds since the current running stretch began (0 when the job is not running). */
async function runningSeconds(trx: Kysely<Database>, job: JobRow, now: string): Promise<number> {
  if (job.status !== 'started') return 0;
  const since = await trx
    .selectFrom('jobEvents')
    .select('occurredAt')
    .where('jobId', '=', job.id)
    .where('type', 'in', ['started', 'resumed'])
    .orderBy('occurredAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  const from = since?.occurredAt ?? job.actualStart;
  if (!from) return 0;
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(from)) / 1000));
}
