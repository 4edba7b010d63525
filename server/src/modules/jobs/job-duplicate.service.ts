import type { Kysely } from 'kysely';
import { lineAmountCents, type JobDetail } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { notFound } from '../../shared/errors';
import { latestPublishedVersion } from '../report-templates';
import { settingsFor } from '../settings';
import { loadJobDetail } from './job-detail.repository';
import { writeJobEvent, type EventSource, type JobRow } from '../job-lifecycle';
import { findJobRow, jobSnapshot, readTeam, type JobTeam } from './jobs.repository';
import { pinTemplate } from './jobs.rules';
import { insertNewJob, statusOfNewJob } from './new-job.repository';

type Db = Kysely<Database>;

/** How the copy is planned: its dates, its technicians, and where it was made. */
export interface CopyPlan {
  plannedStart: string | null;
  plannedEnd: string | null;
  team: JobTeam;
  source: EventSource;
}

/**
 * A new job like this one: customer, site, contact, description, job type, template (its latest
 * published version), custom fields and item lines (without serials); no report data. The plan
 * gives its dates and technicians. Both jobs' histories name each other; the copy is audited and
 * published. Used by the console (the pool, same technicians) and the app (source, step 1.2).
 */
export async function copyJob(uow: UnitOfWork, source: JobRow, plan: CopyPlan, actor: Actor | null): Promise<JobRow> {
  const { trx } = uow;
  const settings = await settingsFor(trx);
  const { team } = plan;
  const jobType = source.jobTypeId ? await trx.selectFrom('jobTypes').selectAll().where('id', '=', source.jobTypeId).executeTakeFirst() : undefined;
  const latest = source.templateId ? await latestPublishedVersion(trx, source.templateId) : undefined;
  const pinned = latest ? { templateId: latest.templateId, templateVersion: latest.versionNumber } : await pinTemplate(trx, null, jobType, settings);
  const copy = await insertNewJob(
    trx,
    {
      status: statusOfNewJob({ managerId: team.managerId, plannedStart: plan.plannedStart, plannedEnd: plan.plannedEnd }, 'scheduled'),
      customerId: source.customerId,
      siteId: source.siteId,
      contactId: source.contactId,
      jobTypeId: source.jobTypeId,
      ...pinned,
      description: source.description,
      plannedStart: plan.plannedStart,
      plannedEnd: plan.plannedEnd,
      customFields: source.customFields,
      team,
    },
    { settings, actor, source: plan.source, event: { type: 'duplicated', data: { fromNumber: source.number } } },
  );
  const total = await copyItemLines(trx, source, copy.id, actor, copy.createdAt);
  const saved = total === 0 ? copy : await trx.updateTable('jobs').set({ totalExclTaxCents: total }).where('id', '=', copy.id).returningAll().executeTakeFirstOrThrow();
  const { number } = copy;
  await writeJobEvent(trx, { jobId: source.id, type: 'duplicated', actorId: actor?.id ?? null, source: plan.source, data: { toNumber: number }, occurredAt: copy.createdAt });
  uow.audit({
    actor,
    action: 'duplicate',
    entityType: 'job',
    entityId: copy.id,
    changes: { ...diff(null, jobSnapshot(saved, team)), duplicatedFrom: { before: null, after: source.number } },
  });
  uow.publish('job.updated', { jobId: copy.id, number, version: saved.version, created: true });
  return saved;
}

/** The console's duplicate: the same technicians (those still active), no dates — it starts in the job pool. */
export async function duplicateJob(db: Db, id: string, actor: Actor | null): Promise<JobDetail> {
  const copyId = await inUnitOfWork(db, async (uow) => {
    const source = await findJobRow(uow.trx, id);
    if (!source) throw notFound('This job');
    const team = await activeTechnicians(uow.trx, await readTeam(uow.trx, id));
    const copy = await copyJob(uow, source, { plannedStart: null, plannedEnd: null, team, source: 'console' }, actor);
    return copy.id;
  });
  return (await loadJobDetail(db, copyId))!;
}

/** Technicians who left (deactivated) are not put on a new job. */
async function activeTechnicians(trx: Db, team: JobTeam): Promise<JobTeam> {
  const ids = [...(team.managerId ? [team.managerId] : []), ...team.auxiliaryIds];
  if (ids.length === 0) return team;
  const active = new Set(
    (await trx.selectFrom('users').select('id').where('id', 'in', ids).where('isActive', '=', 1).where('role', '=', 'technician').execute()).map((u) => u.id),
  );
  const managerId = team.managerId && active.has(team.managerId) ? team.managerId : null;
  return { managerId, auxiliaryIds: team.auxiliaryIds.filter((u) => active.has(u)) };
}

/**
 * The planned parts and services — the lines the job had before its work started (those added
 * during the work are report data) — at today's catalog price; serials stay with the original job.
 */
async function copyItemLines(trx: Db, source: JobRow, toJobId: string, actor: Actor | null, at: string): Promise<number> {
  let query = trx
    .selectFrom('jobItems')
    .innerJoin('catalogItems', 'catalogItems.id', 'jobItems.itemId')
    .select(['jobItems.itemId', 'jobItems.quantityMilli', 'catalogItems.unitPriceCents', 'catalogItems.taxRateBp'])
    .where('jobItems.jobId', '=', source.id)
    .where('catalogItems.isActive', '=', 1);
  if (source.actualStart) query = query.where('jobItems.createdAt', '<', source.actualStart);
  const lines = await query.orderBy('jobItems.createdAt').orderBy('jobItems.id').execute();
  let total = 0;
  for (const line of lines) {
    const quantityMilli = Number(line.quantityMilli);
    const lineTotalCents = lineAmountCents(Number(line.unitPriceCents), quantityMilli);
    total += lineTotalCents;
    await trx
      .insertInto('jobItems')
      .values({
        id: crypto.randomUUID(),
        jobId: toJobId,
        itemId: line.itemId,
        quantityMilli,
        serialUnitId: null,
        serial: null,
        unitPriceCents: line.unitPriceCents,
        taxRateBp: line.taxRateBp,
        lineTotalCents,
        addedBy: actor?.id ?? null,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
  }
  return total;
}
