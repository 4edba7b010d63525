import type { Kysely } from 'kysely';
import { canTransition, editableStatuses, type JobAction, type JobDetail, type JobRescheduleInput } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { businessRule } from '../../shared/errors';
import { nowIso } from '../../shared/clock';
import { assertVersion } from '../../shared/versioning';
import { settingsFor } from '../settings';
import { loadJobDetail } from './job-detail.repository';
import { invalidTransition, lockJob, transitionJob, type JobRow } from '../job-lifecycle';
import { writePlanningEvents } from './job-history.repository';
import { jobSnapshot, readTeam, sameTeam, writeTeam, type JobTeam } from './jobs.repository';
import { checkTeam, isPlannable } from './jobs.rules';
import { notEditable, writeJobRow } from './jobs.service';

type Db = Kysely<Database>;

/** A job rescheduled or reassigned by the office leaves the declined queue. */
const NO_DECLINE = { declineReason: null, declinedAt: null, proposedStart: null } as const;

/** Confirms the schedule: needs a job manager and both dates (422 `schedule_incomplete` naming what is missing). */
export async function scheduleJob(db: Db, id: string, expectedVersion: number, actor: Actor | null): Promise<JobDetail> {
  await inUnitOfWork(db, async (uow) => {
    const job = await lockJob(uow, id);
    assertVersion(job.version, expectedVersion);
    if (!canTransition(job.status, 'confirm_schedule')) throw invalidTransition('confirm_schedule', job.status);
    const missing = (['managerId', 'plannedStart', 'plannedEnd'] as const).filter((key) => !job[key]);
    if (missing.length > 0) {
      throw businessRule('schedule_incomplete', 'A job manager and planned dates are needed to schedule this job.', { missing });
    }
    await transitionJob(uow, { jobId: id, action: 'confirm_schedule', actor, source: 'console', expectedVersion, patch: NO_DECLINE });
  });
  return (await loadJobDetail(db, id))!;
}

/**
 * New dates, and optionally a new team (the board's drag; the declined queue's one step). A job in
 * the pool that gets a manager and dates is scheduled (draft under draft mode); a planned job that
 * loses its manager goes back to the pool.
 */
export async function rescheduleJob(db: Db, id: string, input: JobRescheduleInput, expectedVersion: number, actor: Actor | null): Promise<JobDetail> {
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const before = await lockJob(uow, id);
    assertVersion(before.version, expectedVersion);
    if (!editableStatuses.includes(before.status)) throw notEditable('reschedule', before.status);
    const beforeTeam = await readTeam(trx, id);
    const managerId = input.managerId !== undefined ? input.managerId : beforeTeam.managerId;
    // A drag of an auxiliary onto the manager's row promotes them: nobody is both.
    const team: JobTeam = { managerId, auxiliaryIds: (input.auxiliaryIds ?? beforeTeam.auxiliaryIds).filter((u) => input.auxiliaryIds || u !== managerId) };
    await checkTeam(trx, team);
    const columns = { plannedStart: input.plannedStart, plannedEnd: input.plannedEnd, managerId, ...NO_DECLINE };
    const planned = isPlannable(columns);
    const settings = await settingsFor(trx);
    const action: JobAction | null =
      before.status === 'created' && planned ? (settings.draftMode ? 'plan_draft' : 'confirm_schedule') : before.status !== 'created' && !planned ? 'unassign' : null;

    const teamChanged = !sameTeam(beforeTeam, team);
    if (teamChanged) await writeTeam(trx, id, team);
    let after: JobRow;
    if (action) {
      after = (await transitionJob(uow, { jobId: id, action, actor, source: 'console', expectedVersion, patch: columns })).job;
    } else {
      after = await writeJobRow(trx, before, columns);
      uow.audit({ actor, action: 'reschedule', entityType: 'job', entityId: id, changes: diff(jobSnapshot(before, beforeTeam), jobSnapshot(after, team)) });
    }
    await writePlanningEvents(trx, { jobId: id, actorId: actor?.id ?? null, before, after, beforeTeam, team });
    if (!action) uow.publish('job.updated', { jobId: id, number: after.number, version: after.version });
  });
  return (await loadJobDetail(db, id))!;
}

export async function cancelJob(db: Db, id: string, reason: string, expectedVersion: number, actor: Actor | null): Promise<JobDetail> {
  await inUnitOfWork(db, (uow) =>
    transitionJob(uow, { jobId: id, action: 'cancel', actor, source: 'console', expectedVersion, patch: { cancelReason: reason }, data: { reason } }),
  );
  return (await loadJobDetail(db, id))!;
}

export async function validateJob(db: Db, id: string, expectedVersion: number, actor: Actor | null): Promise<JobDetail> {
  await inUnitOfWork(db, async (uow) => {
    await lockJob(uow, id);
    if ((await settingsFor(uow.trx)).openReservesBlockValidation) await refuseOpenReserves(uow.trx, id);
    await transitionJob(uow, { jobId: id, action: 'validate', actor, source: 'console', expectedVersion, patch: { validatedAt: nowIso(), validatedBy: actor?.id ?? null } });
  });
  return (await loadJobDetail(db, id))!;
}

/** With the setting on, a job validates only once every reserve raised on it is resolved or compliant. */
async function refuseOpenReserves(db: Db, jobId: string): Promise<void> {
  const open = await db.selectFrom('reserves').select(['id', 'fieldLabel', 'description']).where('jobId', '=', jobId).where('status', '=', 'unresolved').execute();
  if (open.length === 0) return;
  throw businessRule(
    'open_reserves',
    `This job still has ${open.length} unresolved reserve${open.length === 1 ? '' : 's'}: resolve ${open.length === 1 ? 'it' : 'them'} before validating (setting "open reserves block validation").`,
    { reserves: open },
  );
}

/** Back to the same technicians with the report kept; the reason goes in the event for the technician app. */
export async function reopenJob(db: Db, id: string, reason: string, expectedVersion: number, actor: Actor | null): Promise<JobDetail> {
  await inUnitOfWork(db, (uow) =>
    transitionJob(uow, { jobId: id, action: 'reopen', actor, source: 'console', expectedVersion, patch: { completedAt: null }, data: { reason } }),
  );
  return (await loadJobDetail(db, id))!;
}
