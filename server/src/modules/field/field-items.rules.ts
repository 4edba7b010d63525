import type { Kysely } from 'kysely';
import { fromMilli, lineAmountCents } from '@contract';
import type { Database } from '../../db/database';
import { isPostgres } from '../../shared/dialect';
import { businessRule } from '../../shared/errors';
import { openVanId, stockMilli } from '../depots';
import { settingsFor } from '../settings';

/** A catalog item that may go on a new line: it exists and is active (422 otherwise). */
export async function activeItem(trx: Kysely<Database>, itemId: string) {
  const item = await trx
    .selectFrom('catalogItems')
    .select(['id', 'name', 'unit', 'unitPriceCents', 'taxRateBp', 'isSerialized', 'isStockTracked', 'isActive'])
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) throw businessRule('unknown_item', 'This item is not in the catalog.', { itemId });
  if (Number(item.isActive) !== 1) throw businessRule('item_inactive', 'This item is no longer sold: choose another one.', { itemId });
  return {
    ...item,
    isSerialized: Number(item.isSerialized) === 1,
    isStockTracked: Number(item.isStockTracked) === 1,
    unitPriceCents: Number(item.unitPriceCents),
    taxRateBp: Number(item.taxRateBp),
  };
}

/** The caller's open van, or 422 `no_van`: serialized parts come from it. */
export async function callerVan(trx: Kysely<Database>, userId: string): Promise<string> {
  const vanId = await openVanId(trx, userId);
  if (!vanId) throw businessRule('no_van', 'You have no van depot: ask your manager to create one.');
  return vanId;
}

/**
 * The unit a serialized line may use: status OK, in the caller's van, on no other open line.
 * Each refusal is a 422 with its own code, so the app can say what to do. On PostgreSQL the
 * unit's row stays locked until the commit: two jobs adding the same serial at once take turns,
 * and the second sees the first's line.
 */
export async function usableUnit(
  trx: Kysely<Database>,
  input: { itemId: string; serial: string; userId: string; exceptLineId?: string },
): Promise<{ id: string; serial: string }> {
  const vanId = await callerVan(trx, input.userId);
  let query = trx
    .selectFrom('serialUnits')
    .select(['id', 'serial', 'status', 'depotId'])
    .where('itemId', '=', input.itemId)
    .where('serial', '=', input.serial);
  if (isPostgres(trx)) query = query.forUpdate();
  const unit = await query.executeTakeFirst();
  const details = { serial: input.serial, itemId: input.itemId };
  if (unit?.status === 'obsolete') throw businessRule('serial_obsolete', 'This unit is obsolete: it can never be used again.', details);
  if (unit?.status === 'needs_repair') {
    throw businessRule('serial_needs_repair', 'This unit needs repair: it cannot be installed until it is set back to OK.', details);
  }
  if (!unit || unit.status !== 'ok' || unit.depotId !== vanId) {
    throw businessRule('serial_not_in_van', 'This serial number is not among the usable units of your van.', details);
  }
  let open = trx
    .selectFrom('jobItems')
    .innerJoin('jobs', 'jobs.id', 'jobItems.jobId')
    .select(['jobItems.id', 'jobs.number'])
    .where('jobItems.serialUnitId', '=', unit.id)
    .where('jobItems.settledAt', 'is', null)
    .where('jobs.status', '!=', 'cancelled');
  if (input.exceptLineId) open = open.where('jobItems.id', '!=', input.exceptLineId);
  const taken = await open.executeTakeFirst();
  if (taken) {
    throw businessRule('serial_already_on_job', `This unit is already on a line of job ${taken.number}.`, { ...details, jobNumber: taken.number });
  }
  return { id: unit.id, serial: unit.serial };
}

/** Price of the moment times quantity, rounded half-up to the cent (contract/rules/quantities.ts). */
export const lineTotal = (quantityMilli: number, unitPriceCents: number) => lineAmountCents(unitPriceCents, quantityMilli);

/**
 * The stock shortfall of a part line, in thousandths: how much of it the caller's van does not
 * hold. Records lag behind vans, so the line is accepted and carries it — unless the setting
 * `refuseLinesNotInVanStock` is on (422 `not_in_van_stock`). What the van holds is net of the
 * caller's other open lines of the item (on any of their jobs not cancelled): two jobs fitting 3
 * each from a van of 4 show a shortfall of 2 on the second. Services and parts whose stock is not
 * tracked have none; serialized parts have their own rule (usableUnit). An estimate while the job
 * is open; the job's end fixes it for good (settleJobParts).
 */
export async function lineShortfallMilli(
  trx: Kysely<Database>,
  line: { itemId: string; quantityMilli: number; userId: string; exceptLineId?: string },
): Promise<number> {
  const vanId = await openVanId(trx, line.userId);
  const held = vanId ? await stockMilli(trx, vanId, line.itemId) : 0;
  let others = trx
    .selectFrom('jobItems')
    .innerJoin('jobs', 'jobs.id', 'jobItems.jobId')
    .select((eb) => eb.fn.sum<number | string | null>('jobItems.quantityMilli').as('total'))
    .where('jobItems.addedBy', '=', line.userId)
    .where('jobItems.itemId', '=', line.itemId)
    .where('jobItems.settledAt', 'is', null)
    .where('jobs.status', '!=', 'cancelled');
  if (line.exceptLineId) others = others.where('jobItems.id', '!=', line.exceptLineId);
  const reserved = Number((await others.executeTakeFirst())?.total ?? 0);
  const shortfallMilli = Math.max(0, line.quantityMilli - Math.max(0, held - reserved));
  if (shortfallMilli > 0 && (await settingsFor(trx)).refuseLinesNotInVanStock) {
    throw businessRule('not_in_van_stock', 'Your van does not hold this quantity of this part (a setting refuses such lines).', {
      itemId: line.itemId,
      available: fromMilli(Math.max(0, held - reserved)),
      shortfall: fromMilli(shortfallMilli),
    });
  }
  return shortfallMilli;
}
