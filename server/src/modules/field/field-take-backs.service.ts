import type { Kysely } from 'kysely';
import type { FieldTakeBackChange, TakeBackCheck, TakeBackInput, TakeBackPatch } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { conflict, notFound } from '../../shared/errors';
import { callerJob, inWorkingJob } from './field-job-access';
import { readTakeBack } from './field-items.repository';
import { customerFamilies, installedAtCustomer, recordedAwayFrom, recordedPlaceOf, resolveTakeBack, type RecordedElsewhere } from './field-take-backs.rules';
import { touchJob } from '../job-lifecycle';

type NewTakeBack = z.output<typeof TakeBackInput>;
type TakeBackEdit = z.output<typeof TakeBackPatch>;

/**
 * Take-backs of serialized parts (source, step 6): checked, recorded, edited or deleted while
 * the job runs; their units move when the job ends (settleJobParts).
 */

/**
 * Step 1-2: where is the serial recorded? At this customer (its part fills in), at another
 * customer or in a depot (its part fills in; which customer or depot is never said), or unknown
 * (the families, and parts, to choose from).
 */
export async function checkTakeBack(db: Kysely<Database>, jobId: string, serial: string, actor: Actor): Promise<TakeBackCheck> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { job } = await callerJob(uow, jobId, actor.id);
    const [found, families] = await Promise.all([installedAtCustomer(trx, job.customerId, serial), customerFamilies(trx, job.customerId)]);
    if (!found) {
      const away = await recordedAwayFrom(trx, job.customerId, serial);
      if (!away) return { found: false, recordedAt: 'unknown', customerFamilies: families };
      return {
        found: false,
        recordedAt: recordedPlaceOf({ status: away.status, customerId: null, depotId: null }).recordedPlace,
        item: { id: away.itemId, name: away.itemName, reference: away.itemReference },
        family: { id: away.familyId, name: away.familyName },
        customerFamilies: families,
      };
    }
    return {
      found: true,
      recordedAt: 'this_customer',
      unit: { id: found.id, serial: found.serial, status: found.status },
      item: { id: found.itemId, name: found.itemName, reference: found.itemReference },
      family: { id: found.familyId, name: found.familyName },
      customerFamilies: families,
    };
  });
}

export async function addTakeBack(db: Kysely<Database>, jobId: string, input: NewTakeBack, actor: Actor): Promise<FieldTakeBackChange> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const resolved = await resolveTakeBack(trx, job, input);
    const now = nowIso();
    const row = {
      id: crypto.randomUUID(),
      jobId: job.id,
      serial: input.serial,
      serialUnitId: resolved.serialUnitId,
      itemId: input.itemId,
      status: input.status,
      wasFound: resolved.wasFound ? (1 as const) : (0 as const),
      ...recordedColumns(resolved.recorded),
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    };
    await trx.insertInto('takeBacks').values(row).execute();
    const touched = await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'take_back_added', data: { serial: row.serial, status: row.status, ...(row.recordedPlace ? { recordedAt: row.recordedPlace } : {}) } },
      audit: { action: 'create', entityType: 'take_back', entityId: row.id, changes: diff(null, auditView(row)) },
    });
    return { takeBack: await readTakeBack(trx, row.id), jobVersion: touched.version };
  });
}

export async function updateTakeBack(
  db: Kysely<Database>,
  jobId: string,
  takeBackId: string,
  patch: TakeBackEdit,
  actor: Actor,
): Promise<FieldTakeBackChange> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const before = await takeBackOfJob(trx, job.id, takeBackId);
    const target = { serial: patch.serial ?? before.serial, itemId: patch.itemId ?? before.itemId, status: patch.status ?? before.status };
    const resolved = await resolveTakeBack(trx, job, target, before.id);
    // Another unit (or another record of it) is another discrepancy: an earlier answer of the office no longer applies.
    const sameUnit = resolved.serialUnitId === before.serialUnitId && resolved.recorded?.recordedPlace === (before.recordedPlace ?? undefined);
    const settlement = sameUnit ? {} : { ...recordedColumns(resolved.recorded), resolution: null, resolvedBy: null, resolvedAt: null, reportedSerial: null };
    const after = { ...before, ...target, serialUnitId: resolved.serialUnitId, wasFound: resolved.wasFound ? (1 as const) : (0 as const), ...settlement };
    const changes = diff(auditView(before), auditView(after));
    if (Object.keys(changes).length === 0) return { takeBack: await readTakeBack(trx, before.id), jobVersion: job.version };
    await trx
      .updateTable('takeBacks')
      .set({ serial: after.serial, itemId: after.itemId, status: after.status, serialUnitId: after.serialUnitId, wasFound: after.wasFound, ...settlement, updatedAt: nowIso() })
      .where('id', '=', before.id)
      .execute();
    const touched = await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'take_back_updated', data: { serial: after.serial, status: after.status } },
      audit: { action: 'update', entityType: 'take_back', entityId: before.id, changes },
    });
    return { takeBack: await readTakeBack(trx, before.id), jobVersion: touched.version };
  });
}

export async function removeTakeBack(db: Kysely<Database>, jobId: string, takeBackId: string, actor: Actor): Promise<void> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const before = await takeBackOfJob(trx, job.id, takeBackId);
    await trx.deleteFrom('takeBacks').where('id', '=', before.id).execute();
    await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'take_back_removed', data: { serial: before.serial, status: before.status } },
      audit: { action: 'delete', entityType: 'take_back', entityId: before.id, changes: diff(auditView(before), {}) },
    });
  });
}

/** A take-back of this job, still open: one the job's end moved (a reopened job) stays as it is. */
async function takeBackOfJob(trx: Kysely<Database>, jobId: string, takeBackId: string) {
  const row = await trx.selectFrom('takeBacks').selectAll().where('id', '=', takeBackId).where('jobId', '=', jobId).executeTakeFirst();
  if (!row) throw notFound('This take-back');
  if (row.settledAt !== null) {
    throw conflict('already_settled', 'This part was moved when the job ended: the take-back can no longer change.', { settledAt: row.settledAt });
  }
  return row;
}

/** The take-back's columns for where its unit was recorded (all null: nothing to settle). */
export function recordedColumns(recorded: RecordedElsewhere | null) {
  return recorded ?? { recordedPlace: null, recordedCustomerId: null, recordedDepotId: null };
}

export const auditView = (t: {
  jobId: string;
  serial: string;
  itemId: string;
  status: string;
  serialUnitId: string | null;
  wasFound: number;
  recordedPlace?: string | null;
}) => ({
  jobId: t.jobId,
  serial: t.serial,
  itemId: t.itemId,
  status: t.status,
  serialUnitId: t.serialUnitId,
  wasFound: Number(t.wasFound) === 1,
  recordedAt: t.recordedPlace ?? null,
});
