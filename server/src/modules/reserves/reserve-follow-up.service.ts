import type { Kysely } from 'kysely';
import type { ReserveFollowUpInput, ReserveFollowUpResult } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { timeOrderedId } from '../../shared/ids';
import { isPostgres } from '../../shared/dialect';
import { diff } from '../../shared/diff';
import { conflict, notFound } from '../../shared/errors';
import { checkDates, checkTeam, insertNewJob, jobSnapshot, pinTemplate, statusOfNewJob, type JobTeam } from '../jobs';
import { latestPublishedVersion } from '../report-templates';
import { settingsFor } from '../settings';

type Db = Kysely<Database>;

/**
 * A new job to fix what a reserve found: the reserve's job's customer, site, contact, job type and
 * template (latest published version), linked both ways — reserves.follow_up_job_id, a `follow_up`
 * line in the reserve's history, and the new job's `created` event naming the reserve.
 */
export async function createFollowUpJob(
  db: Db,
  reserveId: string,
  input: z.output<typeof ReserveFollowUpInput>,
  actor: Actor | null,
): Promise<ReserveFollowUpResult> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    // On PostgreSQL the row lock makes a concurrent second request wait, then find the link taken.
    let locked = trx.selectFrom('reserves').selectAll().where('id', '=', reserveId);
    if (isPostgres<Database>(trx)) locked = locked.forUpdate();
    const reserve = await locked.executeTakeFirst();
    if (!reserve) throw notFound('This reserve');
    if (reserve.followUpJobId) throw followUpExists(await existingFollowUp(trx, reserveId));
    const source = await trx.selectFrom('jobs').selectAll().where('id', '=', reserve.jobId).executeTakeFirstOrThrow();
    const at = nowIso();

    const settings = await settingsFor(trx);
    const team: JobTeam = { managerId: input.managerId ?? null, auxiliaryIds: [] };
    await checkTeam(trx, team);
    const plannedStart = input.plannedStart ?? null;
    const plannedEnd = input.plannedEnd ?? null;
    checkDates(plannedStart, plannedEnd);
    const jobType = source.jobTypeId ? await trx.selectFrom('jobTypes').selectAll().where('id', '=', source.jobTypeId).executeTakeFirst() : undefined;
    const latest = source.templateId ? await latestPublishedVersion(trx, source.templateId) : undefined;
    const pinned = latest ? { templateId: latest.templateId, templateVersion: latest.versionNumber } : await pinTemplate(trx, null, jobType, settings);
    const description = input.description ?? `Follow-up of reserve on ${reserve.fieldLabel}: ${reserve.description}`;
    const job = await insertNewJob(
      trx,
      {
        status: statusOfNewJob({ managerId: team.managerId, plannedStart, plannedEnd }, settings.draftMode ? 'draft' : 'scheduled'),
        customerId: source.customerId,
        siteId: source.siteId,
        contactId: source.contactId,
        jobTypeId: source.jobTypeId,
        ...pinned,
        description,
        plannedStart,
        plannedEnd,
        customFields: '{}',
        team,
      },
      { settings, actor, source: 'console', event: { type: 'created', data: { followUpOfReserveId: reserveId, fromNumber: source.number } } },
    );
    const { number } = job;
    await trx.updateTable('reserves').set({ followUpJobId: job.id, updatedAt: at, version: reserve.version + 1 }).where('id', '=', reserveId).execute();
    const actorId = actor?.id ?? null;
    await trx
      .insertInto('reserveEvents')
      .values({
        id: timeOrderedId(),
        reserveId,
        type: 'follow_up',
        fromStatus: null,
        toStatus: null,
        comment: null,
        data: JSON.stringify({ followUpJobId: job.id, number }),
        actorId,
        occurredAt: at,
      })
      .execute();
    uow.audit({
      actor,
      action: 'create_follow_up',
      entityType: 'job',
      entityId: job.id,
      changes: { ...diff(null, jobSnapshot(job, team)), followUpOfReserveId: { before: null, after: reserveId } },
    });
    uow.publish('job.updated', { jobId: job.id, number, version: job.version, created: true });
    uow.publish('reserve.updated', {
      reserveId,
      jobId: reserve.jobId,
      jobNumber: source.number,
      number: source.number,
      status: reserve.status,
      version: reserve.version + 1,
    });
    return { job: { id: job.id, number } };
  });
}

async function existingFollowUp(trx: Db, reserveId: string) {
  const row = await trx
    .selectFrom('reserves')
    .innerJoin('jobs', 'jobs.id', 'reserves.followUpJobId')
    .select(['jobs.id', 'jobs.number'])
    .where('reserves.id', '=', reserveId)
    .executeTakeFirst();
  return row ?? null;
}

const followUpExists = (job: { id: string; number: string } | null) =>
  conflict('follow_up_exists', 'This reserve already has a follow-up job.', { job });
