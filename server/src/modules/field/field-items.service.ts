import type { Kysely } from 'kysely';
import { fromMilli, toMilli, type FieldItemChange, type FieldItemInput, type FieldItemPatch } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { businessRule, conflict } from '../../shared/errors';
import { inWorkingJob } from './field-job-access';
import { lineOfJob, readItemLine, refreshJobTotal } from './field-items.repository';
import { activeItem, lineShortfallMilli, lineTotal, usableUnit } from './field-items.rules';
import { assertQuantityFits } from '../depots';
import { touchJob } from '../job-lifecycle';

type ItemInput = z.output<typeof FieldItemInput>;
type ItemPatch = z.output<typeof FieldItemPatch>;

/**
 * Parts and services of a job (source, step 5). A line copies the catalog's price and tax of the
 * moment; a serialized part is one unit, OK in the caller's van. Nothing leaves the van before
 * the job ends (settleJobParts): until then a line is only what the technician intends to fit.
 * The item's unit decides the decimals of the quantity (400 `invalid_quantity`); a stock-tracked
 * part the van does not hold carries a stock shortfall (lineShortfallMilli).
 */
export async function addJobItem(db: Kysely<Database>, jobId: string, input: ItemInput, actor: Actor): Promise<FieldItemChange> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const item = await activeItem(trx, input.itemId);
    assertQuantityFits(input.quantity, item.unit, 'quantity');
    const unit = item.isSerialized ? await serializedUnit(trx, input, actor.id) : notSerialized(input.serial);
    const quantityMilli = toMilli(input.quantity);
    const tracked = item.isStockTracked && !item.isSerialized;
    const now = nowIso();
    const line = {
      id: crypto.randomUUID(),
      jobId: job.id,
      itemId: item.id,
      quantityMilli,
      shortfallMilli: tracked ? await lineShortfallMilli(trx, { itemId: item.id, quantityMilli, userId: actor.id }) : 0,
      serialUnitId: unit?.id ?? null,
      serial: unit?.serial ?? null,
      unitPriceCents: item.unitPriceCents,
      taxRateBp: item.taxRateBp,
      lineTotalCents: lineTotal(quantityMilli, item.unitPriceCents),
      addedBy: actor.id,
      createdAt: now,
      updatedAt: now,
    };
    await trx.insertInto('jobItems').values(line).execute();
    const totals = await refreshJobTotal(trx, job);
    const touched = await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'item_added', data: eventData(item.name, line) },
      audit: { action: 'create', entityType: 'job_item', entityId: line.id, changes: diff(null, auditView(line)) },
    });
    return { line: await readItemLine(trx, line.id), totals, jobVersion: touched.version };
  });
}

export async function updateJobItem(
  db: Kysely<Database>,
  jobId: string,
  lineId: string,
  patch: ItemPatch,
  actor: Actor,
): Promise<FieldItemChange> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const before = await lineOfJob(trx, job.id, lineId);
    assertOpen(before.settledAt);
    const item = await trx
      .selectFrom('catalogItems')
      .select(['name', 'unit', 'isSerialized', 'isStockTracked'])
      .where('id', '=', before.itemId)
      .executeTakeFirstOrThrow();
    if (patch.quantity !== undefined) assertQuantityFits(patch.quantity, item.unit, 'quantity');
    const quantity = patch.quantity ?? fromMilli(before.quantityMilli);
    const quantityMilli = toMilli(quantity);
    let unit = before.serialUnitId ? { id: before.serialUnitId, serial: before.serial! } : null;
    if (Number(item.isSerialized) === 1) {
      if (quantity !== 1) throw businessRule('serialized_quantity_one', 'A serialized part is one unit per line.', { quantity });
      if (patch.serial !== undefined && patch.serial !== before.serial) {
        unit = await usableUnit(trx, { itemId: before.itemId, serial: patch.serial, userId: actor.id, exceptLineId: before.id });
      }
    } else {
      notSerialized(patch.serial);
    }
    const tracked = Number(item.isStockTracked) === 1 && Number(item.isSerialized) !== 1;
    const after = {
      ...before,
      quantityMilli,
      shortfallMilli: tracked ? await lineShortfallMilli(trx, { itemId: before.itemId, quantityMilli, userId: actor.id, exceptLineId: before.id }) : 0,
      serialUnitId: unit?.id ?? null,
      serial: unit?.serial ?? null,
      // The price of the moment the line was added stays: only the quantity changes the total.
      lineTotalCents: lineTotal(quantityMilli, Number(before.unitPriceCents)),
      updatedAt: nowIso(),
    };
    const changes = diff(auditView(before), auditView(after));
    if (Object.keys(changes).length === 0) {
      return { line: await readItemLine(trx, before.id), totals: await refreshJobTotal(trx, job), jobVersion: job.version };
    }
    await trx
      .updateTable('jobItems')
      .set({
        quantityMilli: after.quantityMilli,
        shortfallMilli: after.shortfallMilli,
        serialUnitId: after.serialUnitId,
        serial: after.serial,
        lineTotalCents: after.lineTotalCents,
        updatedAt: after.updatedAt,
      })
      .where('id', '=', before.id)
      .execute();
    const totals = await refreshJobTotal(trx, job);
    const touched = await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'item_updated', data: eventData(item.name, after) },
      audit: { action: 'update', entityType: 'job_item', entityId: before.id, changes },
    });
    return { line: await readItemLine(trx, before.id), totals, jobVersion: touched.version };
  });
}

export async function removeJobItem(db: Kysely<Database>, jobId: string, lineId: string, actor: Actor): Promise<void> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const line = await lineOfJob(trx, job.id, lineId);
    assertOpen(line.settledAt);
    const item = await trx.selectFrom('catalogItems').select('name').where('id', '=', line.itemId).executeTakeFirstOrThrow();
    await trx.deleteFrom('jobItems').where('id', '=', line.id).execute();
    await refreshJobTotal(trx, job);
    await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'item_removed', data: eventData(item.name, { ...line, shortfallMilli: 0 }) },
      audit: { action: 'delete', entityType: 'job_item', entityId: line.id, changes: diff(auditView(line), {}) },
    });
  });
}

async function serializedUnit(trx: Kysely<Database>, input: ItemInput, userId: string) {
  if (input.serial === undefined) throw businessRule('serial_required', 'A serialized part needs the serial number of the unit fitted.', { itemId: input.itemId });
  if (input.quantity !== 1) throw businessRule('serialized_quantity_one', 'A serialized part is one unit per line.', { quantity: input.quantity });
  return usableUnit(trx, { itemId: input.itemId, serial: input.serial, userId });
}

function notSerialized(serial: string | undefined): null {
  if (serial !== undefined) throw businessRule('serial_not_allowed', 'This item has no serial numbers.', { serial });
  return null;
}

/** A line the job's end already moved (a reopened job) is part of the customer's record now. */
export function assertOpen(settledAt: string | null): void {
  if (settledAt !== null) {
    throw conflict('already_settled', 'This line was settled when the job ended: it can no longer change.', { settledAt });
  }
}

interface LineView {
  jobId: string;
  itemId: string;
  quantityMilli: number;
  shortfallMilli: number;
  serial: string | null;
  unitPriceCents: number;
  taxRateBp: number;
  lineTotalCents: number;
}

const eventData = (name: string, line: Pick<LineView, 'quantityMilli' | 'shortfallMilli' | 'serial'>) => ({
  name,
  quantity: fromMilli(line.quantityMilli),
  ...(line.serial ? { serial: line.serial } : {}),
  ...(Number(line.shortfallMilli) > 0 ? { shortfall: fromMilli(line.shortfallMilli) } : {}),
});

const auditView = (line: LineView) => ({
  jobId: line.jobId,
  itemId: line.itemId,
  quantity: fromMilli(line.quantityMilli),
  shortfall: fromMilli(line.shortfallMilli),
  serial: line.serial,
  unitPriceCents: Number(line.unitPriceCents),
  taxRateBp: Number(line.taxRateBp),
  lineTotalCents: Number(line.lineTotalCents),
});
