import type { Kysely } from 'kysely';
import type { BulkRepairResult, RepairOutcome, SerialUnitDetail } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import { versionMismatch } from '../../shared/versioning';
import { recordMovements } from '../depots';
import { findUnitDetail } from './serial-units.repository';
import { assertTransition, changedMeanwhile } from './unit-moves.service';

export interface RepairInput {
  outcome: RepairOutcome;
  note?: string;
  /** From If-Match when sent: the version the user looked at. */
  expectedVersion?: number;
}

/**
 * A unit needing repair is repaired (OK again, usable, where it is) or declared obsolete (retired:
 * it leaves its depot for good). One transaction: conditional UPDATE, movement, audit.
 */
export async function repairUnit(db: Kysely<Database>, unitId: string, input: RepairInput, actor: Actor | null): Promise<SerialUnitDetail> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    await repairInTransaction(uow, unitId, input, actor, nowIso());
    return (await findUnitDetail(trx, unitId))!;
  });
}

/** Each unit on its own terms, in one transaction: the ones that cannot be repaired are listed with why. */
export async function bulkRepair(
  db: Kysely<Database>,
  unitIds: string[],
  input: Omit<RepairInput, 'expectedVersion'>,
  actor: Actor | null,
): Promise<BulkRepairResult> {
  return inUnitOfWork(db, async (uow) => {
    const now = nowIso();
    const result: BulkRepairResult = { repaired: [], failed: [] };
    for (const unitId of [...new Set(unitIds)].sort()) {
      try {
        await repairInTransaction(uow, unitId, input, actor, now);
        result.repaired.push(unitId);
      } catch (error) {
        // Refusals come from reads and from UPDATEs that matched no row: nothing of this unit was written.
        if (!(error instanceof AppError)) throw error;
        result.failed.push({ unitId, code: error.code, message: error.message });
      }
    }
    return result;
  });
}

async function repairInTransaction(uow: UnitOfWork, unitId: string, input: RepairInput, actor: Actor | null, now: string): Promise<void> {
  const { trx } = uow;
  const unit = await trx
    .selectFrom('serialUnits')
    .select(['id', 'itemId', 'status', 'depotId', 'version'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit) throw new AppError(404, 'not_found', 'This serial unit was not found.');
  const version = Number(unit.version);
  if (input.expectedVersion !== undefined && input.expectedVersion !== version) throw versionMismatch(version);
  assertTransition(unit.status, 'repair', input.outcome);
  const retired = input.outcome === 'obsolete';
  const depotAfter = retired ? null : unit.depotId;
  const updated = await trx
    .updateTable('serialUnits')
    .set({ status: input.outcome, depotId: depotAfter, updatedAt: now, version: version + 1 })
    .where('id', '=', unitId)
    .where('status', '=', 'needs_repair')
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    throw input.expectedVersion !== undefined ? versionMismatch(version + 1) : changedMeanwhile(unitId);
  }
  await recordMovements(
    trx,
    [
      {
        kind: retired ? 'retire' : 'repair',
        itemId: unit.itemId,
        serialUnitId: unitId,
        quantity: 1,
        fromDepotId: retired ? unit.depotId : null,
        toDepotId: depotAfter,
        customerId: null,
        jobId: null,
        statusAfter: input.outcome,
        note: input.note || null,
        actorId: actor?.id ?? null,
      },
    ],
    now,
  );
  uow.audit({
    actor,
    action: retired ? 'retire' : 'repair',
    entityType: 'serial_unit',
    entityId: unitId,
    changes: { status: { before: 'needs_repair', after: input.outcome }, ...(retired ? { depotId: { before: unit.depotId, after: null } } : {}) },
  });
}
