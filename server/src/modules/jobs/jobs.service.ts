import type { Kysely } from 'kysely';
import { editableStatuses, type JobDetail, type JobInput, type JobPatch, type JobStatus } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { conflict } from '../../shared/errors';
import { assertVersion } from '../../shared/versioning';
import { checkedCustomFields } from '../custom-fields';
import { settingsFor } from '../settings';
import { loadJobDetail } from './job-detail.repository';
import { lockJob, transitionJob, type EventSource, type JobRow } from '../job-lifecycle';
import { writePlanningEvents } from './job-history.repository';
import { insertNewJob, statusOfNewJob } from './new-job.repository';
import { searchTextOfJob } from '../../platform/job-search';
import { jobSnapshot, readTeam, sameTeam, writeTeam, type JobTeam } from './jobs.repository';
import { checkContact, checkCustomer, checkDates, checkDescription, checkJobType, checkSite, checkTeam, isPlannable, pinTemplate } from './jobs.rules';

type Db = Kysely<Database>;
type NewJob = z.output<typeof JobInput>;
type JobChanges = z.output<typeof JobPatch>;

export async function createJob(db: Db, input: NewJob, actor: Actor | null, source: EventSource = 'console'): Promise<JobDetail> {
  const id = await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const settings = await settingsFor(trx);
    checkDescription(settings, input.description);
    const customer = await checkCustomer(trx, input.customerId);
    await checkSite(trx, customer.id, input.siteId);
    await checkContact(trx, customer.id, input.contactId);
    const jobType = await checkJobType(trx, input.jobTypeId);
    const team: JobTeam = { managerId: input.managerId, auxiliaryIds: input.auxiliaryIds };
    await checkTeam(trx, team);
    checkDates(input.plannedStart, input.plannedEnd);
    const pinned = await pinTemplate(trx, input.templateId, jobType, settings);
    const customFields = await checkedCustomFields(trx, 'job', input.customFields);
    const job = await insertNewJob(
      trx,
      {
        status: statusOfNewJob(input, input.schedule),
        customerId: customer.id,
        siteId: input.siteId,
        contactId: input.contactId,
        jobTypeId: jobType.id,
        ...pinned,
        description: input.description,
        plannedStart: input.plannedStart,
        plannedEnd: input.plannedEnd,
        customFields: JSON.stringify(customFields),
        team,
      },
      { settings, actor, source },
    );
    uow.audit({ actor, action: 'create', entityType: 'job', entityId: job.id, changes: diff(null, jobSnapshot(job, team)) });
    uow.publish('job.updated', { jobId: job.id, number: job.number, version: job.version, created: true });
    return job.id;
  });
  return (await loadJobDetail(db, id))!;
}

/**
 * PATCH: planning fields sent are changed while the job has not started. A scheduled (or draft,
 * synchronized) job that loses its manager or a date goes back to the pool through `unassign`.
 */
export async function updateJob(db: Db, id: string, changes: JobChanges, expectedVersion: number, actor: Actor | null): Promise<JobDetail> {
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const before = await lockJob(uow, id);
    assertVersion(before.version, expectedVersion);
    if (!editableStatuses.includes(before.status)) throw notEditable('edit', before.status);
    const beforeTeam = await readTeam(trx, id);
    const { next, team } = await checkedPlanning(trx, before, beforeTeam, changes);

    const changedFields: string[] = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== before[k]);
    const teamChanged = !sameTeam(beforeTeam, team);
    if (!sameAux(beforeTeam, team)) changedFields.push('auxiliaryIds');
    // Nothing differs: nothing is written (no new version, event or audit row).
    if (changedFields.length === 0) return;

    const columns = { ...next, searchText: await searchTextOfJob(trx, { ...next, number: before.number, customerId: before.customerId }) };
    if (teamChanged) await writeTeam(trx, id, team);
    const fields = changedFields.map((f) => (f === 'templateVersion' ? 'templateId' : f)).filter((f, i, all) => all.indexOf(f) === i);
    const goesBackToPool = before.status !== 'created' && !isPlannable(next);
    let after: JobRow;
    if (goesBackToPool) {
      // The transition writes the job, its event and the one audit row of this change.
      after = (await transitionJob(uow, { jobId: id, action: 'unassign', actor, source: 'console', expectedVersion, patch: columns })).job;
    } else {
      after = await writeJobRow(trx, before, columns);
      uow.audit({ actor, action: 'update', entityType: 'job', entityId: id, changes: diff(jobSnapshot(before, beforeTeam), jobSnapshot(after, team)) });
    }
    const otherFields = fields.filter((f) => !PLANNING_FIELDS.has(f));
    await writePlanningEvents(trx, { jobId: id, actorId: actor?.id ?? null, before, after, beforeTeam, team, otherFields });
    if (!goesBackToPool) uow.publish('job.updated', { jobId: id, number: after.number, version: after.version });
  });
  return (await loadJobDetail(db, id))!;
}

/** The job's planning with `changes` applied, each change checked (400/422 naming the field). */
async function checkedPlanning(trx: Db, before: JobRow, beforeTeam: JobTeam, changes: JobChanges) {
  const settings = await settingsFor(trx);
  const team: JobTeam = {
    managerId: changes.managerId !== undefined ? changes.managerId : beforeTeam.managerId,
    auxiliaryIds: changes.auxiliaryIds ?? beforeTeam.auxiliaryIds,
  };
  const next = {
    siteId: changes.siteId ?? before.siteId,
    contactId: changes.contactId !== undefined ? changes.contactId : before.contactId,
    description: changes.description ?? before.description,
    plannedStart: changes.plannedStart !== undefined ? changes.plannedStart : before.plannedStart,
    plannedEnd: changes.plannedEnd !== undefined ? changes.plannedEnd : before.plannedEnd,
    jobTypeId: changes.jobTypeId ?? before.jobTypeId,
    templateId: before.templateId,
    templateVersion: before.templateVersion,
    managerId: team.managerId,
    customFields: before.customFields,
  };
  if (changes.siteId !== undefined) await checkSite(trx, before.customerId, changes.siteId);
  if (changes.contactId !== undefined) await checkContact(trx, before.customerId, changes.contactId);
  if (changes.description !== undefined) checkDescription(settings, changes.description);
  const jobType = changes.jobTypeId !== undefined ? await checkJobType(trx, changes.jobTypeId) : undefined;
  if (changes.managerId !== undefined || changes.auxiliaryIds !== undefined) await checkTeam(trx, team);
  checkDates(next.plannedStart, next.plannedEnd);
  if (changes.templateId !== undefined) {
    const type = jobType ?? (next.jobTypeId ? await trx.selectFrom('jobTypes').selectAll().where('id', '=', next.jobTypeId).executeTakeFirst() : undefined);
    Object.assign(next, await pinTemplate(trx, changes.templateId, type, settings));
  }
  if (changes.customFields !== undefined) next.customFields = JSON.stringify(await checkedCustomFields(trx, 'job', changes.customFields));
  return { next, team };
}

/** Fields whose change has its own history line (rescheduled, reassigned). */
const PLANNING_FIELDS = new Set(['plannedStart', 'plannedEnd', 'managerId', 'auxiliaryIds']);

const sameAux = (a: JobTeam, b: JobTeam) => JSON.stringify([...a.auxiliaryIds].sort()) === JSON.stringify([...b.auxiliaryIds].sort());

/** Writes columns of a locked job with the next version (never over a concurrent change). */
export async function writeJobRow(trx: Db, before: JobRow, columns: Partial<Omit<JobRow, 'id' | 'status' | 'version'>>): Promise<JobRow> {
  const after = await trx
    .updateTable('jobs')
    .set({ ...columns, updatedAt: nowIso(), version: before.version + 1 })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!after) throw conflict('concurrent_change', 'The job changed at the same time. Try again.');
  return after;
}

export function notEditable(action: string, status: JobStatus) {
  return conflict('invalid_transition', `A ${status} job can no longer be changed this way (${action}).`, { action, currentStatus: status });
}
