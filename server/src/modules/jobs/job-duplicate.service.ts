import type { Kysely } from 'kysely';
import type { JobDetail } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { notFound } from '../../shared/errors';
import { latestPublishedVersion } from '../report-templates';
import { settingsFor } from '../settings';
import { loadJobDetail } from './job-detail.repository';
import { writeJobEvent, type JobRow } from '../job-lifecycle';
import { customerName, findJobRow, indexJobSearch, jobSearchText, jobSnapshot, readTeam, writeTeam, type JobTeam } from './jobs.repository';
import { pinTemplate } from './jobs.rules';
import { nextJobNumber, statusOfNewJob } from './jobs.service';

type Db = Kysely<Database>;

/**
 * A new job like this one: customer, site, contact, description, job type, template (its latest
 * published version), technicians, custom fields and item lines (without serials). No dates and no
 * report data: it starts in the job pool.
 */
export async function duplicateJob(db: Db, id: string, actor: Actor | null): Promise<JobDetail> {
  const copyId = await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const source = await findJobRow(trx, id);
    if (!source) throw notFound('This job');
    const settings = await settingsFor(trx);
    const team = await activeTechnicians(trx, await readTeam(trx, id));
    const jobType = source.jobTypeId ? await trx.selectFrom('jobTypes').selectAll().where('id', '=', source.jobTypeId).executeTakeFirst() : undefined;
    const latest = source.templateId ? await latestPublishedVersion(trx, source.templateId) : undefined;
    const pinned = latest ? { templateId: latest.templateId, templateVersion: latest.versionNumber } : await pinTemplate(trx, null, jobType, settings);
    const { number, seq } = await nextJobNumber(trx, settings.jobNumberPrefix);
    const at = nowIso();
    const copy = await trx
      .insertInto('jobs')
      .values({
        id: crypto.randomUUID(),
        number,
        seq,
        status: statusOfNewJob({ managerId: team.managerId, plannedStart: null, plannedEnd: null }, 'scheduled'),
        customerId: source.customerId,
        siteId: source.siteId,
        contactId: source.contactId,
        jobTypeId: source.jobTypeId,
        ...pinned,
        description: source.description,
        managerId: team.managerId,
        plannedStart: null,
        plannedEnd: null,
        workedSeconds: 0,
        openReserves: 0,
        totalExclTaxCents: 0,
        currency: settings.currency,
        customFields: source.customFields,
        searchText: jobSearchText(number, await customerName(trx, source.customerId), source.description),
        createdBy: actor?.id ?? null,
        createdFrom: 'console',
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeTeam(trx, copy.id, team);
    const total = await copyItemLines(trx, source, copy.id, actor, at);
    const saved = total === 0 ? copy : await trx.updateTable('jobs').set({ totalExclTaxCents: total }).where('id', '=', copy.id).returningAll().executeTakeFirstOrThrow();
    const actorId = actor?.id ?? null;
    await writeJobEvent(trx, { jobId: copy.id, type: 'duplicated', toStatus: copy.status, actorId, source: 'console', data: { fromNumber: source.number }, occurredAt: at });
    await writeJobEvent(trx, { jobId: source.id, type: 'duplicated', actorId, source: 'console', data: { toNumber: number }, occurredAt: at });
    uow.audit({
      actor,
      action: 'duplicate',
      entityType: 'job',
      entityId: copy.id,
      changes: { ...diff(null, jobSnapshot(saved, team)), duplicatedFrom: { before: null, after: source.number } },
    });
    await indexJobSearch(trx, saved);
    uow.publish('job.updated', { jobId: copy.id, number, version: saved.version, created: true });
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
    .select(['jobItems.itemId', 'jobItems.quantity', 'catalogItems.unitPriceCents', 'catalogItems.taxRateBp'])
    .where('jobItems.jobId', '=', source.id)
    .where('catalogItems.isActive', '=', 1);
  if (source.actualStart) query = query.where('jobItems.createdAt', '<', source.actualStart);
  const lines = await query.orderBy('jobItems.createdAt').orderBy('jobItems.id').execute();
  let total = 0;
  for (const line of lines) {
    const quantity = Number(line.quantity);
    const lineTotalCents = Math.round(quantity * line.unitPriceCents);
    total += lineTotalCents;
    await trx
      .insertInto('jobItems')
      .values({
        id: crypto.randomUUID(),
        jobId: toJobId,
        itemId: line.itemId,
        quantity,
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
