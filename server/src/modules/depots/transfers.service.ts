import { sql, type Kysely } from 'kysely';
import { toMilli, type TransferRequest, type TransferResult } from '@contract';
import type { z } from 'zod';
import type { Database, SerialUnitStatus } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { badRequest, businessRule, conflict, invalidInput } from '../../shared/errors';
import { isPostgres } from '../../shared/dialect';
import { recordMovements, type MovementInput } from './stock-movements.repository';
import { lockDepots } from './depot-locks.repository';
import { applyStockChanges } from './stock-levels';
import { assertQuantityFits } from './quantity-check';

type Transfer = z.output<typeof TransferRequest>;

/**
 * Quantities and serial units from one depot to another, all or nothing. Units move with a
 * conditional UPDATE (still in the source depot, still in a movable status): of two transfers of
 * one unit at the same moment, the second matches no row and gets 409 `unit_not_available`.
 */
export async function transferStock(db: Kysely<Database>, request: Transfer, actor: Actor | null): Promise<TransferResult> {
  checkShape(request);
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const depots = await lockDepots(trx, [request.fromDepotId, request.toDepotId]);
    const toVan = depots.get(request.toDepotId)!.kind === 'van';
    await checkItems(trx, request.lines);
    await checkUnits(trx, request, toVan);
    const now = nowIso();
    await applyStockChanges(
      trx,
      request.lines.flatMap((l) => [
        { depotId: request.fromDepotId, itemId: l.itemId, deltaMilli: -toMilli(l.quantity) },
        { depotId: request.toDepotId, itemId: l.itemId, deltaMilli: toMilli(l.quantity) },
      ]),
      now,
    );
    const units = await moveUnits(trx, request, toVan, now);

    const base = { kind: 'transfer' as const, fromDepotId: request.fromDepotId, toDepotId: request.toDepotId, customerId: null, jobId: null, note: request.note || null, actorId: actor?.id ?? null };
    const movements: MovementInput[] = [
      ...request.lines.map((l) => ({ ...base, itemId: l.itemId, serialUnitId: null, quantity: l.quantity, statusAfter: null })),
      ...units.map((u) => ({ ...base, itemId: u.itemId, serialUnitId: u.id, quantity: 1, statusAfter: u.status })),
    ];
    await recordMovements(trx, movements, now);
    uow.audit({
      actor,
      action: 'transfer',
      entityType: 'depot',
      entityId: request.fromDepotId,
      changes: {
        transferredTo: { before: null, after: request.toDepotId },
        lines: { before: null, after: request.lines },
        serialUnitIds: { before: null, after: units.map((u) => u.id) },
      },
    });
    return { movements: movements.length };
  });
}

function checkShape(request: Transfer): void {
  if (request.fromDepotId === request.toDepotId) throw badRequest('same_depot', 'Choose two different depots.');
  if (request.lines.length === 0 && request.serialUnitIds.length === 0) {
    throw badRequest('empty_transfer', 'Choose quantities or serial units to transfer.');
  }
  const twice = (values: string[], list: string, field: string) => {
    const seen = new Set<string>();
    return values.flatMap((value, i) => {
      if (!seen.has(value)) return seen.add(value), [];
      return [{ in: 'body', path: field ? `${list}.${i}.${field}` : `${list}.${i}`, message: 'Listed twice' }];
    });
  };
  const issues = [...twice(request.lines.map((l) => l.itemId), 'lines', 'itemId'), ...twice(request.serialUnitIds, 'serialUnitIds', '')];
  if (issues.length > 0) throw invalidInput(issues);
}

/** Quantities move for stock-tracked items without serials, in their unit; serialized items move as units. */
async function checkItems(trx: Kysely<Database>, lines: Transfer['lines']): Promise<void> {
  if (lines.length === 0) return;
  const items = await trx.selectFrom('catalogItems').select(['id', 'isSerialized', 'isStockTracked', 'unit']).where('id', 'in', lines.map((l) => l.itemId)).execute();
  for (const [index, { itemId, quantity }] of lines.entries()) {
    const item = items.find((i) => i.id === itemId);
    if (!item) throw businessRule('unknown_item', 'This item is not in the catalog.', { itemId });
    if (Number(item.isSerialized) === 1) throw businessRule('serialized_needs_serials', 'This item is serialized: transfer its units.', { itemId });
    if (Number(item.isStockTracked) !== 1) throw businessRule('not_stock_tracked', 'This item is not stock-tracked.', { itemId });
    assertQuantityFits(quantity, item.unit, `lines.${index}.quantity`);
  }
}

const MOVABLE: readonly SerialUnitStatus[] = ['ok', 'needs_repair'];

/** Needs-repair and obsolete units never go to a van (422); a unit elsewhere or not movable is a 409. */
async function checkUnits(trx: Kysely<Database>, request: Transfer, toVan: boolean): Promise<void> {
  if (request.serialUnitIds.length === 0) return;
  const units = await trx
    .selectFrom('serialUnits')
    .select(['id', 'itemId', 'status', 'depotId'])
    .where('id', 'in', request.serialUnitIds)
    .execute();
  for (const unitId of request.serialUnitIds) {
    const unit = units.find((u) => u.id === unitId);
    if (!unit) throw notAvailable(unitId, 'This unit does not exist.');
    if (toVan && (unit.status === 'needs_repair' || unit.status === 'obsolete')) {
      throw businessRule('unit_not_usable', 'A unit needing repair or obsolete cannot go to a van.', { unitId, status: unit.status });
    }
    if (unit.depotId !== request.fromDepotId || !MOVABLE.includes(unit.status)) {
      throw notAvailable(unitId, 'This unit is not available in the source depot.');
    }
  }
}

/** The units as moved (their status as written, for the movements). */
async function moveUnits(trx: Kysely<Database>, request: Transfer, toVan: boolean, now: string) {
  const unitIds = request.serialUnitIds;
  if (unitIds.length === 0) return [];
  const allowed = toVan ? ['ok' as const] : MOVABLE;
  if (isPostgres(trx)) {
    // Rows locked in id order: transfers sharing units wait for each other instead of deadlocking.
    await trx.selectFrom('serialUnits').select('id').where('id', 'in', unitIds).orderBy('id').forUpdate().execute();
  }
  const moved = await trx
    .updateTable('serialUnits')
    .set({ depotId: request.toDepotId, updatedAt: now, version: sql`version + 1` })
    .where('id', 'in', unitIds)
    .where('depotId', '=', request.fromDepotId)
    .where('status', 'in', allowed)
    .returning(['id', 'itemId', 'status'])
    .execute();
  if (moved.length === unitIds.length) return moved.sort((a, b) => (a.id < b.id ? -1 : 1));
  // Another move committed since our check: name a unit that did not move.
  const gone = unitIds.find((id) => !moved.some((u) => u.id === id))!;
  throw notAvailable(gone, 'This unit was moved in the meantime.');
}

const notAvailable = (unitId: string, message: string) => conflict('unit_not_available', message, { unitId });
