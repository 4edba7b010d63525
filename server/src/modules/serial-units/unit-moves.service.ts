import type { Kysely, Updateable } from 'kysely';
import { SERIAL_PATTERN, normalizeSerial, type SerialUnit, type SerialUnitStatus, type TakeBackStatus } from '@contract';
import type { Database, SerialUnitsTable } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import type { UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import type { Changes } from '../../shared/diff';
import { AppError, businessRule, conflict, invalidInput, notFound } from '../../shared/errors';
import { lockDepots, vanOf, recordMovements, type MovementNote } from '../depots';
import { findUnit } from './serial-units.repository';
import { refuseTransition, type UnitAction } from './unit-status';

/**
 * The moves of a unit between a technician's van and a customer's site, for the technician API
 * (issue 7). Each runs inside the caller's transaction: a conditional UPDATE (status, place and
 * version as read), a stock_movements row and an audit row.
 */

export interface TakeBackInput {
  jobId: string;
  itemId: string;
  /** As typed by the technician; trimmed and upper-cased here. */
  serial: string;
  status: TakeBackStatus;
  /** Where an OK or needs-repair unit goes; default: the van of the actor. Obsolete units leave every depot. */
  depotId?: string;
  /** The history's note: written by the server (a key said in the reader's language) or typed. */
  note?: MovementNote | string | null;
}

export interface TakeBackResult {
  takeBackId: string;
  unit: SerialUnit;
  /** The serial was installed at the job's customer. */
  wasFound: boolean;
  /** The serial was unknown: the unit was created by this take-back. */
  created: boolean;
}

/** Takes a serialized part back from the job's customer (DOMAIN.md, "Take back a serialized part"). */
export async function takeBackUnit(uow: UnitOfWork, input: TakeBackInput, actor: Actor): Promise<TakeBackResult> {
  const { trx } = uow;
  const moved = await moveTakenBackUnit(uow, input, actor);
  const now = nowIso();
  const takeBackId = crypto.randomUUID();
  await trx
    .insertInto('takeBacks')
    .values({ id: takeBackId, jobId: input.jobId, serial: moved.unit.serial, serialUnitId: moved.unit.id, itemId: moved.unit.item.id, status: input.status, wasFound: moved.wasFound ? 1 : 0, createdBy: actor.id, createdAt: now, updatedAt: now })
    .execute();
  return { takeBackId, ...moved };
}

/**
 * The move of a take-back without its take_backs row: for take-backs recorded while a job runs
 * and settled when it ends (field/job-parts-settlement.ts). Creates the unit of an unknown serial.
 */
export async function moveTakenBackUnit(uow: UnitOfWork, input: TakeBackInput, actor: Actor): Promise<Omit<TakeBackResult, 'takeBackId'>> {
  const { trx } = uow;
  const serial = checkedSerial(input.serial);
  const job = await jobOf(trx, input.jobId);
  const item = await serializedItem(trx, input.itemId);
  const depotId = input.status === 'obsolete' ? null : await destination(trx, input.depotId, actor);
  const now = nowIso();
  const existing = await trx
    .selectFrom('serialUnits')
    .select(['id', 'status', 'customerId', 'version'])
    .where('itemId', '=', item.id)
    .where('serial', '=', serial)
    .executeTakeFirst();

  let unitId: string;
  let before: { status: SerialUnitStatus | null; customerId: string | null; depotId: string | null };
  if (existing) {
    assertTransition(existing.status, 'take_back', input.status);
    unitId = existing.id;
    before = { status: existing.status, customerId: existing.customerId, depotId: null };
    await moveUnitFrom(trx, existing, { status: 'installed' }, { status: input.status, depotId, customerId: null, siteId: null, lastJobId: job.id, updatedAt: now });
  } else {
    unitId = crypto.randomUUID();
    before = { status: null, customerId: null, depotId: null };
    await trx
      .insertInto('serialUnits')
      .values({ id: unitId, itemId: item.id, serial, status: input.status, depotId, customerId: null, siteId: null, lastJobId: job.id, createdAt: now, updatedAt: now, version: 1 })
      .execute();
  }
  const wasFound = existing?.customerId === job.customerId;
  const unit = await recordUnitMove(
    uow,
    actor,
    now,
    { kind: 'take_back', itemId: item.id, serialUnitId: unitId, fromDepotId: null, toDepotId: depotId, customerId: job.customerId, jobId: job.id, statusAfter: input.status, note: input.note },
    {
      status: { before: before.status, after: input.status },
      customerId: { before: before.customerId, after: null },
      depotId: { before: before.depotId, after: depotId },
      jobId: { before: null, after: job.id },
    },
  );
  return { unit, wasFound, created: !existing };
}

/**
 * The move of a unit that a take-back found away from its record (issue 14 §1), once the office
 * confirmed it: from wherever it is recorded (installed at another customer, or OK / needing repair
 * in a depot) to where the take-back's status sends it. Its history names both places (the note).
 */
export async function moveReportedUnit(uow: UnitOfWork, input: TakeBackInput & { unitId: string }, actor: Actor): Promise<SerialUnit> {
  const { trx } = uow;
  const job = await jobOf(trx, input.jobId);
  const unit = await trx.selectFrom('serialUnits').select(['id', 'itemId', 'status', 'customerId', 'depotId', 'version']).where('id', '=', input.unitId).executeTakeFirst();
  if (!unit) throw notFound('This serial unit');
  if (unit.status === 'obsolete') assertTransition(unit.status, 'take_back', input.status);
  const depotId = input.status === 'obsolete' ? null : await destination(trx, input.depotId, actor);
  const now = nowIso();
  await moveUnitFrom(trx, unit, { status: unit.status }, { status: input.status, depotId, customerId: null, siteId: null, lastJobId: job.id, updatedAt: now });
  return recordUnitMove(
    uow,
    actor,
    now,
    { kind: 'take_back', itemId: unit.itemId, serialUnitId: unit.id, fromDepotId: unit.depotId, toDepotId: depotId, customerId: job.customerId, jobId: job.id, statusAfter: input.status, note: input.note },
    {
      status: { before: unit.status, after: input.status },
      customerId: { before: unit.customerId, after: null },
      depotId: { before: unit.depotId, after: depotId },
      jobId: { before: null, after: job.id },
    },
  );
}

export interface InstallInput {
  jobId: string;
  itemId: string;
  serial: string;
  /** Where the unit must be; default: the van of the actor. */
  depotId?: string;
}

/** Fits an OK unit from the technician's van at the job's site (the job's site, else the customer's first). */
export async function installUnit(uow: UnitOfWork, input: InstallInput, actor: Actor): Promise<SerialUnit> {
  const { trx } = uow;
  const serial = checkedSerial(input.serial);
  const job = await jobOf(trx, input.jobId);
  const depotId = await destination(trx, input.depotId, actor);
  const unit = await trx
    .selectFrom('serialUnits')
    .select(['id', 'itemId', 'status', 'depotId', 'version'])
    .where('itemId', '=', input.itemId)
    .where('serial', '=', serial)
    .executeTakeFirst();
  if (!unit) throw notFound('This serial number');
  assertTransition(unit.status, 'install', 'installed');
  if (unit.depotId !== depotId) {
    throw conflict('unit_not_available', 'This unit is not in your van depot.', { unitId: unit.id, depotId: unit.depotId });
  }
  const siteId = job.siteId ?? (await firstSiteOf(trx, job.customerId));
  if (!siteId) throw businessRule('no_site', "The job's customer has no site to install the unit at.");
  const now = nowIso();
  await moveUnitFrom(trx, unit, { status: 'ok', depotId }, { status: 'installed', depotId: null, customerId: job.customerId, siteId, lastJobId: job.id, updatedAt: now });
  return recordUnitMove(
    uow,
    actor,
    now,
    { kind: 'install', itemId: unit.itemId, serialUnitId: unit.id, fromDepotId: depotId, toDepotId: null, customerId: job.customerId, jobId: job.id, statusAfter: 'installed' },
    { status: { before: 'ok', after: 'installed' }, depotId: { before: depotId, after: null }, customerId: { before: null, after: job.customerId }, siteId: { before: null, after: siteId } },
  );
}

/** Undoes an install (a part line removed before the job ends): the unit goes back to the van, OK. */
export async function uninstallUnit(uow: UnitOfWork, input: { unitId: string; jobId: string; depotId?: string }, actor: Actor): Promise<SerialUnit> {
  const { trx } = uow;
  const job = await jobOf(trx, input.jobId);
  const depotId = await destination(trx, input.depotId, actor);
  const unit = await trx
    .selectFrom('serialUnits')
    .select(['id', 'itemId', 'status', 'customerId', 'siteId', 'version'])
    .where('id', '=', input.unitId)
    .executeTakeFirst();
  if (!unit) throw notFound('This serial unit');
  assertTransition(unit.status, 'uninstall', 'ok');
  const now = nowIso();
  await moveUnitFrom(trx, unit, { status: 'installed' }, { status: 'ok', depotId, customerId: null, siteId: null, lastJobId: job.id, updatedAt: now });
  return recordUnitMove(
    uow,
    actor,
    now,
    { kind: 'uninstall', itemId: unit.itemId, serialUnitId: unit.id, fromDepotId: null, toDepotId: depotId, customerId: unit.customerId, jobId: job.id, statusAfter: 'ok' },
    { status: { before: 'installed', after: 'ok' }, depotId: { before: null, after: depotId }, customerId: { before: unit.customerId, after: null } },
  );
}

export function assertTransition(from: SerialUnitStatus, action: UnitAction, to: SerialUnitStatus): void {
  const refusal = refuseTransition(from, action, to);
  if (refusal) throw new AppError(409, refusal.code, refusal.message, refusal.details);
}

/** The stock movement of one unit: one piece, on a job; `kind` names the audit action too. */
type UnitMovement = Pick<Parameters<typeof recordMovements>[1][number], 'itemId' | 'fromDepotId' | 'toDepotId' | 'customerId' | 'jobId' | 'statusAfter'> & {
  kind: 'install' | 'uninstall' | 'take_back';
  serialUnitId: string;
  note?: MovementNote | string | null;
};

/**
 * What every move of a unit writes after the unit's row: its stock movement and its audit row (the
 * same action, the changes given). Answers the unit as it is now.
 */
async function recordUnitMove(uow: UnitOfWork, actor: Actor, at: string, movement: UnitMovement, changes: Changes): Promise<SerialUnit> {
  await recordMovements(uow.trx, [{ ...movement, quantity: 1, note: movement.note ?? null, actorId: actor.id }], at);
  uow.audit({ actor, action: movement.kind, entityType: 'serial_unit', entityId: movement.serialUnitId, changes });
  return (await findUnit(uow.trx, movement.serialUnitId))!;
}

/** Another move of this unit committed between our read and our write. */
/**
 * Writes a unit's move only if it is still as it was read (its status, its depot when given, its
 * version): a concurrent move of the same unit makes this one a 409 instead of a lost update.
 */
async function moveUnitFrom(
  trx: Kysely<Database>,
  unit: { id: string; version: number },
  from: { status: SerialUnitStatus; depotId?: string },
  changes: Updateable<SerialUnitsTable>,
): Promise<void> {
  let update = trx
    .updateTable('serialUnits')
    .set({ ...changes, version: Number(unit.version) + 1 })
    .where('id', '=', unit.id)
    .where('status', '=', from.status);
  if (from.depotId !== undefined) update = update.where('depotId', '=', from.depotId);
  const moved = await update.where('version', '=', unit.version).executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw changedMeanwhile(unit.id);
}

export const changedMeanwhile = (unitId: string) =>
  conflict('unit_not_available', 'This unit was moved or changed in the meantime. Reload it and try again.', { unitId });

function checkedSerial(typed: string): string {
  const serial = normalizeSerial(typed);
  if (!SERIAL_PATTERN.test(serial)) throw invalidInput([{ in: 'body', path: 'serial', message: 'Invalid serial number' }]);
  return serial;
}

async function jobOf(trx: Kysely<Database>, jobId: string) {
  const job = await trx.selectFrom('jobs').select(['id', 'customerId', 'siteId']).where('id', '=', jobId).executeTakeFirst();
  if (!job) throw notFound('This job');
  return job;
}

async function serializedItem(trx: Kysely<Database>, itemId: string) {
  const item = await trx.selectFrom('catalogItems').select(['id', 'isSerialized']).where('id', '=', itemId).executeTakeFirst();
  if (!item) throw notFound('This catalog item');
  if (Number(item.isSerialized) !== 1) throw businessRule('not_serialized', 'This item has no serial numbers.', { itemId });
  return item;
}

async function destination(trx: Kysely<Database>, depotId: string | undefined, actor: Actor): Promise<string> {
  if (depotId) return (await lockDepots(trx, [depotId])).get(depotId)!.id;
  return (await vanOf(trx, actor.id)).id;
}

async function firstSiteOf(trx: Kysely<Database>, customerId: string): Promise<string | null> {
  const site = await trx.selectFrom('sites').select('id').where('customerId', '=', customerId).orderBy('createdAt').orderBy('id').executeTakeFirst();
  return site?.id ?? null;
}
