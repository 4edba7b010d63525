import { sql, type Kysely } from 'kysely';
import type { FieldReserveInput, FieldReservePatch, FieldReserveResult, JobReserve, ReserveStatus } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { businessRule, notFound } from '../../shared/errors';
import { settingsFor } from '../settings';
import { assertWorking, callerJob, inWorkingJob } from './field-job-access';
import { EMPTY_DEFINITION, locateField, pinnedTemplate, reserveRows } from '../job-report';
import { touchJob } from '../job-lifecycle';

/** An unresolved reserve counts in jobs.open_reserves (the console's "open reserves"). */
const openDelta = (from: ReserveStatus | null, to: ReserveStatus) => (to === 'unresolved' ? 1 : 0) - (from === 'unresolved' ? 1 : 0);

/** Raises a reserve on a field of the pinned template; managers are alerted live (`reserve.raised`). */
export async function raiseReserve(db: Kysely<Database>, jobId: string, input: FieldReserveInput, actor: Actor): Promise<FieldReserveResult> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const { field, familyLabel } = locateField((await pinnedTemplate(trx, job))?.definition ?? EMPTY_DEFINITION, input.fieldId);
    if (!field.reservesAllowed) throw businessRule('reserves_not_allowed', 'This field does not take reserves.', { fieldId: field.id });

    const id = crypto.randomUUID();
    const at = nowIso();
    await trx
      .insertInto('reserves')
      .values({
        id,
        jobId,
        customerId: job.customerId,
        templateId: job.templateId,
        fieldId: field.id,
        fieldLabel: field.label,
        familyLabel,
        status: input.status,
        description: input.description,
        raisedBy: actor.id,
        raisedAt: at,
        assigneeId: null,
        followUpJobId: null,
        resolvedAt: input.status === 'unresolved' ? null : at,
        updatedAt: at,
        version: 1,
      })
      .execute();
    await reserveEvent(trx, id, 'raised', null, input.status, actor, at, { description: input.description });
    await adjustOpenReserves(trx, jobId, openDelta(null, input.status));
    const { reserveAlertRoles } = await settingsFor(trx);
    uow.publish('reserve.raised', {
      reserveId: id,
      jobId,
      number: job.number,
      jobNumber: job.number,
      fieldLabel: field.label,
      familyLabel,
      status: input.status,
      description: input.description,
    }, reserveAlertRoles);
    const touched = await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'reserve_raised', data: { reserveId: id, fieldLabel: field.label, status: input.status } },
      audit: {
        action: 'raise',
        entityType: 'reserve',
        entityId: id,
        changes: diff(null, { jobId, fieldId: field.id, status: input.status, description: input.description }),
      },
    });
    return { reserve: await readReserve(trx, id), jobVersion: touched.version };
  });
}

/** The technician changes a reserve of their job while it is in progress. */
export async function updateReserve(
  db: Kysely<Database>,
  jobId: string,
  reserveId: string,
  patch: FieldReservePatch,
  actor: Actor,
): Promise<FieldReserveResult> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { job } = await callerJob(uow, jobId, actor.id);
    const before = await trx.selectFrom('reserves').selectAll().where('id', '=', reserveId).where('jobId', '=', jobId).executeTakeFirst();
    if (!before) throw notFound('This reserve');
    assertWorking(job);
    const status = patch.status ?? before.status;
    const description = patch.description ?? before.description;
    if (status === before.status && description === before.description) {
      return { reserve: await readReserve(trx, reserveId), jobVersion: job.version };
    }
    const at = nowIso();
    const resolvedAt = status === 'unresolved' ? null : status === before.status ? before.resolvedAt : at;
    await trx
      .updateTable('reserves')
      .set({ status, description, resolvedAt, updatedAt: at, version: before.version + 1 })
      .where('id', '=', reserveId)
      .execute();
    const statusChanged = status !== before.status;
    await reserveEvent(
      trx,
      reserveId,
      statusChanged ? 'status_changed' : 'description_changed',
      statusChanged ? before.status : null,
      statusChanged ? status : null,
      actor,
      at,
      description === before.description ? {} : { description },
    );
    await adjustOpenReserves(trx, jobId, openDelta(before.status, status));
    uow.publish('reserve.updated', { reserveId, jobId, number: job.number, status, version: before.version + 1 });
    const touched = await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'reserve_updated', data: { reserveId, fieldLabel: before.fieldLabel, status } },
      audit: {
        action: 'update',
        entityType: 'reserve',
        entityId: reserveId,
        changes: diff({ status: before.status, description: before.description }, { status, description }),
      },
    });
    return { reserve: await readReserve(trx, reserveId), jobVersion: touched.version };
  });
}

async function adjustOpenReserves(trx: Kysely<Database>, jobId: string, delta: number): Promise<void> {
  if (delta === 0) return;
  await trx
    .updateTable('jobs')
    .set({ openReserves: sql<number>`open_reserves + ${delta}` })
    .where('id', '=', jobId)
    .execute();
}

async function reserveEvent(
  trx: Kysely<Database>,
  reserveId: string,
  type: string,
  fromStatus: ReserveStatus | null,
  toStatus: ReserveStatus | null,
  actor: Actor,
  at: string,
  data: Record<string, unknown>,
): Promise<void> {
  await trx
    .insertInto('reserveEvents')
    .values({ id: crypto.randomUUID(), reserveId, type, fromStatus, toStatus, comment: null, data: JSON.stringify(data), actorId: actor.id, occurredAt: at })
    .execute();
}

async function readReserve(trx: Kysely<Database>, id: string): Promise<JobReserve> {
  return reserveRows(trx).where('reserves.id', '=', id).executeTakeFirstOrThrow();
}
