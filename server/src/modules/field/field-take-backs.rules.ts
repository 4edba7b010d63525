import type { Kysely } from 'kysely';
import type { DiscrepancyPlace, TakeBackCheck, TakeBackStatus } from '@contract';
import type { Database } from '../../db/database';
import { businessRule } from '../../shared/errors';
import type { JobRow } from '../job-lifecycle';

/**
 * The rules of a take-back (DOMAIN.md, "Take back a serialized part"; source, step 6), checked
 * when it is recorded and again on each edit. The unit itself moves only when the job ends.
 */

/** Units carrying this serial (any item), with their item and family: what a check fills the part in from. */
function unitsWithSerial(trx: Kysely<Database>, serial: string) {
  return trx
    .selectFrom('serialUnits')
    .innerJoin('catalogItems', 'catalogItems.id', 'serialUnits.itemId')
    .innerJoin('catalogFamilies', 'catalogFamilies.id', 'catalogItems.familyId')
    .select([
      'serialUnits.id',
      'serialUnits.serial',
      'serialUnits.status',
      'serialUnits.itemId',
      'catalogItems.name as itemName',
      'catalogItems.reference as itemReference',
      'catalogItems.familyId',
      'catalogFamilies.name as familyName',
    ])
    .where('serialUnits.serial', '=', serial)
    .orderBy('catalogItems.reference');
}

/** A unit with this serial installed at the customer (any item): "found", its item and family fill in. */
export async function installedAtCustomer(trx: Kysely<Database>, customerId: string, serial: string) {
  return unitsWithSerial(trx, serial).where('serialUnits.customerId', '=', customerId).where('serialUnits.status', '=', 'installed').executeTakeFirst();
}

/** The families of the parts installed at the customer, each with its serialized items: what an unknown serial picks from. */
export async function customerFamilies(trx: Kysely<Database>, customerId: string): Promise<TakeBackCheck['customerFamilies']> {
  const installed = await trx
    .selectFrom('serialUnits')
    .innerJoin('catalogItems', 'catalogItems.id', 'serialUnits.itemId')
    .select('catalogItems.familyId')
    .distinct()
    .where('serialUnits.customerId', '=', customerId)
    .where('serialUnits.status', '=', 'installed')
    .execute();
  const familyIds = installed.map((r) => r.familyId);
  if (familyIds.length === 0) return [];
  const [families, items] = await Promise.all([
    trx.selectFrom('catalogFamilies').select(['id', 'name']).where('id', 'in', familyIds).orderBy('sortOrder').orderBy('name').execute(),
    trx
      .selectFrom('catalogItems')
      .select(['id', 'name', 'reference', 'familyId'])
      .where('familyId', 'in', familyIds)
      .where('isSerialized', '=', 1)
      .orderBy('searchName')
      .orderBy('id')
      .execute(),
  ]);
  return families.map((f) => ({
    ...f,
    items: items.filter((i) => i.familyId === f.id).map(({ id, name, reference }) => ({ id, name, reference })),
  }));
}

export interface TakeBackTarget {
  serial: string;
  itemId: string;
  status: TakeBackStatus;
}

/** Where the record put a unit that a take-back found elsewhere (issue 14 §1); null: nothing to settle. */
export interface RecordedElsewhere {
  recordedPlace: DiscrepancyPlace;
  recordedCustomerId: string | null;
  recordedDepotId: string | null;
}

export interface ResolvedTakeBack {
  /** The unit it concerns; null: an unknown serial, created when the job ends. */
  serialUnitId: string | null;
  /** Found among the units installed at this customer. */
  wasFound: boolean;
  /** Recorded at another customer or in a depot: accepted, flagged for the office. */
  recorded: RecordedElsewhere | null;
}

/**
 * Checks a take-back against the customer's installed units and the serial's record. A serial
 * recorded at another customer or in a depot is accepted — the part is in the technician's hands —
 * and flagged: the office settles it, and the unit does not move until then. Each refusal is a 422
 * with its own code; a retired unit never comes back.
 */
export async function resolveTakeBack(
  trx: Kysely<Database>,
  job: JobRow,
  target: TakeBackTarget,
  exceptTakeBackId?: string,
): Promise<ResolvedTakeBack> {
  const details = { serial: target.serial, itemId: target.itemId };
  const item = await trx.selectFrom('catalogItems').select(['id', 'familyId', 'isSerialized']).where('id', '=', target.itemId).executeTakeFirst();
  if (!item) throw businessRule('unknown_item', 'This item is not in the catalog.', details);
  if (Number(item.isSerialized) !== 1) throw businessRule('not_serialized', 'Only serialized parts are taken back.', details);
  await assertNotTakenBack(trx, job.id, target.serial, exceptTakeBackId);
  if (target.status !== 'obsolete') await assertManagerVan(trx, job);

  const found = await installedAtCustomer(trx, job.customerId, target.serial);
  if (found) {
    if (found.itemId !== target.itemId) {
      throw businessRule('take_back_item_mismatch', `This serial is installed here as ${found.itemName}: take it back as that part.`, {
        ...details,
        expectedItemId: found.itemId,
      });
    }
    return { serialUnitId: found.id, wasFound: true, recorded: null };
  }

  const known = await trx
    .selectFrom('serialUnits')
    .select(['id', 'status', 'customerId', 'depotId'])
    .where('itemId', '=', target.itemId)
    .where('serial', '=', target.serial)
    .executeTakeFirst();
  if (known?.status === 'obsolete') throw businessRule('serial_retired', 'This unit was retired as obsolete: it can never come back.', details);
  if (known) return { serialUnitId: known.id, wasFound: false, recorded: recordedPlaceOf(known) };

  // An unknown serial: the part is one of the families installed here (it becomes a new unit).
  const families = await customerFamilies(trx, job.customerId);
  if (!families.some((f) => f.id === item.familyId && f.items.some((i) => i.id === item.id))) {
    throw businessRule('item_not_at_customer', 'Choose the part among the families of parts installed at this customer.', details);
  }
  return { serialUnitId: null, wasFound: false, recorded: null };
}

/** Installed (at a customer other than this job's), else in a depot (OK or needing repair). */
export function recordedPlaceOf(unit: { status: string; customerId: string | null; depotId: string | null }): RecordedElsewhere {
  return unit.status === 'installed'
    ? { recordedPlace: 'another_customer', recordedCustomerId: unit.customerId, recordedDepotId: null }
    : { recordedPlace: 'depot', recordedCustomerId: null, recordedDepotId: unit.depotId };
}

/**
 * A unit with this serial recorded away from this customer and still in use (the first by item
 * reference): what the check names as "another customer" or "a depot", without saying which.
 */
export async function recordedAwayFrom(trx: Kysely<Database>, customerId: string, serial: string) {
  return unitsWithSerial(trx, serial)
    .where('serialUnits.status', '!=', 'obsolete')
    .where((eb) => eb.or([eb('serialUnits.customerId', 'is', null), eb('serialUnits.customerId', '!=', customerId)]))
    .executeTakeFirst();
}

/** One take-back per serial on a job, and none while another open job is taking it back. */
async function assertNotTakenBack(trx: Kysely<Database>, jobId: string, serial: string, exceptTakeBackId?: string): Promise<void> {
  let query = trx
    .selectFrom('takeBacks')
    .innerJoin('jobs', 'jobs.id', 'takeBacks.jobId')
    .select(['takeBacks.id', 'jobs.number', 'takeBacks.jobId'])
    .where('takeBacks.serial', '=', serial)
    .where((eb) => eb.or([eb('takeBacks.jobId', '=', jobId), eb.and([eb('takeBacks.settledAt', 'is', null), eb('jobs.status', '!=', 'cancelled')])]));
  if (exceptTakeBackId) query = query.where('takeBacks.id', '!=', exceptTakeBackId);
  const other = await query.executeTakeFirst();
  if (!other) return;
  const message = other.jobId === jobId ? 'This serial is already taken back on this job.' : `This serial is already being taken back on job ${other.number}.`;
  throw businessRule('serial_already_taken_back', message, { serial, jobNumber: other.number });
}

/** OK and needs-repair parts go to the job manager's van when the job ends: it must exist. */
async function assertManagerVan(trx: Kysely<Database>, job: JobRow): Promise<void> {
  const van = job.managerId
    ? await trx
        .selectFrom('depots')
        .select('id')
        .where('ownerId', '=', job.managerId)
        .where('kind', '=', 'van')
        .where('archivedAt', 'is', null)
        .executeTakeFirst()
    : undefined;
  if (!van) throw businessRule('no_van', "The job manager has no van depot to bring the part back to.", { managerId: job.managerId });
}
