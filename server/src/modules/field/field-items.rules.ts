import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isPostgres } from '../../shared/dialect';
import { businessRule } from '../../shared/errors';
import { openVanId } from '../depots';

/** A catalog item that may go on a new line: it exists and is active (422 otherwise). */
export async function activeItem(trx: Kysely<Database>, itemId: string) {
  const item = await trx
    .selectFrom('catalogItems')
    .select(['id', 'name', 'unitPriceCents', 'taxRateBp', 'isSerialized', 'isActive'])
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!item) throw businessRule('unknown_item', 'This item is not in the catalog.', { itemId });
  if (Number(item.isActive) !== 1) throw businessRule('item_inactive', 'This item is no longer sold: choose another one.', { itemId });
  return { ...item, isSerialized: Number(item.isSerialized) === 1, unitPriceCents: Number(item.unitPriceCents), taxRateBp: Number(item.taxRateBp) };
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

/** Price of the moment times quantity, rounded to the cent. */
export const lineTotal = (quantity: number, unitPriceCents: number) => Math.round(quantity * unitPriceCents);
