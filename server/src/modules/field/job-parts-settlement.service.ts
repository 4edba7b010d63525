import type { Kysely, Selectable } from 'kysely';
import { fromMilli } from '@contract';
import type { Database, TakeBacksTable } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import type { UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { AppError, conflict } from '../../shared/errors';
import { writeJobEvent, type JobRow } from '../job-lifecycle';
import { movementNote, openVanId, recordMovements, stockMilli, type MovementNote } from '../depots';
import { installUnit, moveReportedUnit, moveTakenBackUnit } from '../serial-units';

/**
 * When the job manager ends a job (inside the end's unit of work), the
 * parts of the job move, through the serial-units service so each serial's history shows them:
 * - take-backs: OK → the job manager's van, usable; needs repair → that van, blocked until
 *   repaired (the repair queue); obsolete → retired for good. An unknown serial's unit is created.
 *   One recorded at another customer or in a depot that the office has not settled stays where it
 *   is recorded (a `take_back_held` event; settled later by the office, review module).
 * - serialized lines: the unit leaves the van it is in and is installed at the job's site.
 * - stock-tracked lines: the quantity leaves the van of the technician who added the line.
 *   The technician fitted the part, so the end is never refused for a count: when the van holds
 *   less than the line (stock_levels cannot go below 0), the van goes to 0, and the line's stock
 *   shortfall is fixed for good (what was missing, and from which van), the movement recording it
 *   too — the office sees it among the period's shortfalls and settles it (stock-shortfalls).
 * Lines and take-backs are marked settled: a reopened job that ends again moves only new ones.
 */
export async function settleJobParts(uow: UnitOfWork, job: JobRow, actor: Actor | null): Promise<void> {
  const { trx } = uow;
  const mover = actor ?? (job.managerId ? { id: job.managerId, role: 'technician', ip: null } : null);
  const now = nowIso();
  const takeBacks = await trx.selectFrom('takeBacks').selectAll().where('jobId', '=', job.id).where('settledAt', 'is', null).orderBy('createdAt').orderBy('id').execute();
  const lines = await trx
    .selectFrom('jobItems')
    .innerJoin('catalogItems', 'catalogItems.id', 'jobItems.itemId')
    .select(['jobItems.id', 'jobItems.itemId', 'jobItems.quantityMilli', 'jobItems.serial', 'jobItems.serialUnitId', 'jobItems.addedBy', 'catalogItems.isStockTracked'])
    .where('jobItems.jobId', '=', job.id)
    .where('jobItems.settledAt', 'is', null)
    .orderBy('jobItems.createdAt')
    .orderBy('jobItems.id')
    .execute();
  if (takeBacks.length === 0 && lines.length === 0) return;
  if (!mover) throw conflict('no_manager', 'This job has no job manager to settle its parts.');

  for (const takeBack of takeBacks) {
    if (isOpenDiscrepancy(takeBack)) {
      // Recorded at another customer or in a depot, not settled by the office: the record stays as it is until it is.
      await writeJobEvent(trx, {
        jobId: job.id,
        type: 'take_back_held',
        actorId: actor?.id ?? null,
        source: actor ? 'field' : 'system',
        data: { serial: takeBack.serial, recordedAt: takeBack.recordedPlace },
        occurredAt: now,
      });
    } else {
      await settleTakeBack(uow, job, takeBack, mover);
    }
  }

  for (const line of lines) {
    if (line.serialUnitId) {
      const unit = await trx.selectFrom('serialUnits').select(['depotId']).where('id', '=', line.serialUnitId).executeTakeFirstOrThrow();
      await unlessRefused(line.serial!, () => installUnit(uow, { jobId: job.id, itemId: line.itemId, serial: line.serial!, depotId: unit.depotId ?? undefined }, mover));
    } else if (Number(line.isStockTracked) === 1) {
      const vanId = (await openVan(trx, line.addedBy)) ?? (await openVan(trx, job.managerId));
      const quantityMilli = Number(line.quantityMilli);
      // Without any van, nothing can be debited: the whole line is a shortfall of no depot.
      const shortfallMilli = vanId ? await takeFromVan(uow, { job, vanId, lineId: line.id, itemId: line.itemId, quantityMilli, actor: mover, now }) : quantityMilli;
      await trx.updateTable('jobItems').set({ shortfallMilli, shortfallDepotId: shortfallMilli > 0 ? vanId : null }).where('id', '=', line.id).execute();
    }
  }
  if (lines.length > 0) {
    await trx.updateTable('jobItems').set({ settledAt: now }).where('id', 'in', lines.map((l) => l.id)).execute();
  }
}

type TakeBackRow = Selectable<TakeBacksTable>;

/** Recorded at another customer or in a depot, and the office has not answered yet (issue 14 §1). */
export const isOpenDiscrepancy = (takeBack: Pick<TakeBackRow, 'recordedPlace' | 'resolution'>) =>
  takeBack.recordedPlace !== null && takeBack.resolution === null;

/**
 * Moves one take-back's unit to where its status sends it (the job manager's van, or retired) and
 * marks it settled: at the job's end, or when the office settles a discrepancy of an ended job. A
 * confirmed discrepancy moves the unit from wherever it was recorded, and its history says so.
 */
export async function settleTakeBack(uow: UnitOfWork, job: JobRow, takeBack: TakeBackRow, mover: Actor): Promise<void> {
  const { trx } = uow;
  const van = takeBack.status === 'obsolete' ? undefined : ((await openVan(trx, job.managerId)) ?? undefined);
  if (takeBack.status !== 'obsolete' && !van) throw conflict('no_van', 'The job manager has no van depot to bring the part back to.');
  const move = { jobId: job.id, itemId: takeBack.itemId, serial: takeBack.serial, status: takeBack.status, depotId: van };
  const confirmedUnit = takeBack.resolution === 'confirmed' && takeBack.recordedPlace !== null ? takeBack.serialUnitId : null;
  const unit = await unlessRefused(takeBack.serial, async () =>
    confirmedUnit
      ? moveReportedUnit(uow, { ...move, unitId: confirmedUnit, note: await confirmedMoveNote(trx, job, takeBack) }, mover)
      : (await moveTakenBackUnit(uow, { ...move, note: movementNote('take_back_on_job', { job: job.number }) }, mover)).unit,
  );
  await trx.updateTable('takeBacks').set({ serialUnitId: unit.id, settledAt: nowIso() }).where('id', '=', takeBack.id).execute();
}

/** "Taken back at A on job J; was recorded at B; move confirmed by X": the unit's history tells both places. */
async function confirmedMoveNote(trx: Kysely<Database>, job: JobRow, takeBack: TakeBackRow): Promise<MovementNote> {
  const [customer, recordedCustomer, recordedDepot, resolver] = await Promise.all([
    trx.selectFrom('customers').select('name').where('id', '=', job.customerId).executeTakeFirst(),
    takeBack.recordedCustomerId ? trx.selectFrom('customers').select('name').where('id', '=', takeBack.recordedCustomerId).executeTakeFirst() : undefined,
    takeBack.recordedDepotId ? trx.selectFrom('depots').select('name').where('id', '=', takeBack.recordedDepotId).executeTakeFirst() : undefined,
    takeBack.resolvedBy ? trx.selectFrom('users').select('displayName').where('id', '=', takeBack.resolvedBy).executeTakeFirst() : undefined,
  ]);
  // Names that were removed since read as a plain word (rare: customers and depots are archived, not deleted).
  const params = { customer: customer?.name ?? '?', job: job.number, confirmedBy: resolver?.displayName ?? '?' };
  return takeBack.recordedPlace === 'depot'
    ? movementNote('take_back_confirmed_from_depot', { ...params, recordedAt: recordedDepot?.name ?? '?' })
    : movementNote('take_back_confirmed_from_customer', { ...params, recordedAt: recordedCustomer?.name ?? '?' });
}

/**
 * A unit changed since its line or take-back was recorded (moved, repaired, retired by the
 * office): the end is refused, naming the serial, and rolls back whole. The technician fixes the
 * line (or the office the unit) and ends again.
 */
async function unlessRefused<T>(serial: string, move: () => Promise<T>): Promise<T> {
  try {
    return await move();
  } catch (error) {
    if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
    throw conflict('part_not_movable', `The unit ${serial} cannot be moved as the job says: ${error.message}`, {
      serial,
      reason: error.code,
      reasonDetails: error.details ?? null,
    });
  }
}

/** Takes the line's quantity from the van, floored at 0: answers what was missing (thousandths). */
async function takeFromVan(
  uow: UnitOfWork,
  move: { job: JobRow; vanId: string; lineId: string; itemId: string; quantityMilli: number; actor: Actor; now: string },
): Promise<number> {
  const { trx } = uow;
  const heldMilli = await stockMilli(trx, move.vanId, move.itemId, true);
  const takenMilli = Math.min(heldMilli, move.quantityMilli);
  if (takenMilli > 0) {
    await trx
      .updateTable('stockLevels')
      .set((eb) => ({ quantityMilli: eb('quantityMilli', '-', takenMilli), updatedAt: move.now }))
      .where('depotId', '=', move.vanId)
      .where('itemId', '=', move.itemId)
      .execute();
  }
  const quantity = fromMilli(move.quantityMilli);
  const held = fromMilli(heldMilli);
  const taken = fromMilli(takenMilli);
  const missing = fromMilli(move.quantityMilli - takenMilli);
  await recordMovements(
    trx,
    [
      {
        kind: 'install',
        itemId: move.itemId,
        serialUnitId: null,
        quantity: taken,
        shortfall: missing,
        fromDepotId: move.vanId,
        toDepotId: null,
        customerId: move.job.customerId,
        jobId: move.job.id,
        // The depot's movements say whether the office has settled the line's shortfall.
        jobItemId: missing > 0 ? move.lineId : null,
        statusAfter: null,
        note:
          missing > 0
            ? movementNote('used_with_shortfall', { quantity: String(quantity), job: move.job.number, held: String(held), missing: String(missing) })
            : movementNote('used_on_job', { job: move.job.number }),
        actorId: move.actor.id,
      },
    ],
    move.now,
  );
  uow.audit({
    actor: move.actor,
    action: 'install',
    entityType: 'depot',
    entityId: move.vanId,
    changes: { installed: { before: null, after: { itemId: move.itemId, quantity: taken, missing, jobId: move.job.id } } },
  });
  return move.quantityMilli - takenMilli;
}

async function openVan(trx: Kysely<Database>, ownerId: string | null): Promise<string | null> {
  return ownerId ? ((await openVanId(trx, ownerId)) ?? null) : null;
}
