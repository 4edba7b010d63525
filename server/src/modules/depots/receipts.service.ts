import type { Kysely } from 'kysely';
import { SERIAL_PATTERN, normalizeSerial, toMilli, type ReceiptLineProblem, type ReceiptRequest, type ReceiptResult } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { businessRule } from '../../shared/errors';
import { isUniqueViolation } from '../../shared/db-errors';
import { insertInChunks, recordMovements, type MovementInput } from './stock-movements.repository';
import { lockDepots } from './depot-locks.repository';
import { applyStockChanges } from './stock-levels';
import { assertQuantityFits } from './quantity-check';

interface CheckedReceipt {
  quantities: { itemId: string; quantity: number }[];
  units: { itemId: string; serial: string }[];
}

/**
 * Stock received into a depot: quantities, or serial numbers (one unit each, OK, in the depot).
 * Every line is checked before anything is written; one bad line refuses the whole receipt with
 * every problem listed (422 `receipt_rejected`).
 */
export async function receiveStock(db: Kysely<Database>, depotId: string, request: ReceiptRequest, actor: Actor | null): Promise<ReceiptResult> {
  try {
    return await inUnitOfWork(db, async (uow) => {
      const { trx } = uow;
      await lockDepots(trx, [depotId]);
      const checked = await checkReceipt(trx, request);
      return writeReceipt(uow, depotId, request, checked, actor);
    });
  } catch (error) {
    // A concurrent receipt took one of these serials between our check and our insert: say which.
    if (!isUniqueViolation(error)) throw error;
    await checkReceipt(db, request);
    throw error;
  }
}

async function checkReceipt(db: Kysely<Database>, request: ReceiptRequest): Promise<CheckedReceipt> {
  const itemIds = [...new Set(request.lines.map((l) => l.itemId))];
  const items = new Map(
    (await db.selectFrom('catalogItems').select(['id', 'isSerialized', 'isStockTracked', 'unit']).where('id', 'in', itemIds).execute()).map((i) => [i.id, i]),
  );
  const problems: ReceiptLineProblem[] = [];
  const checked: CheckedReceipt = { quantities: [], units: [] };
  const positions = new Map<string, { line: number; requestLine: number; typed: string }>();

  for (const [index, line] of request.lines.entries()) {
    const requestLine = index + 1;
    const item = items.get(line.itemId);
    const refuse = (code: ReceiptLineProblem['code'], message: string) =>
      problems.push({ line: requestLine, requestLine, itemId: line.itemId, code, message });
    const serialized = Number(item?.isSerialized) === 1;
    if (!item) refuse('unknown_item', 'This item is not in the catalog.');
    else if ('quantity' in line) {
      if (serialized) refuse('serialized_needs_serials', 'This item is serialized: receive it by serial numbers.');
      else if (Number(item.isStockTracked) !== 1) refuse('not_stock_tracked', 'This item is not stock-tracked.');
      else {
        assertQuantityFits(line.quantity, item.unit, `lines.${index}.quantity`);
        checked.quantities.push({ itemId: line.itemId, quantity: line.quantity });
      }
    } else if (!serialized) refuse('not_serialized', 'This item has no serial numbers: receive a quantity.');
    else checkSerials(line.itemId, line.serials, requestLine);
  }

  function checkSerials(itemId: string, serials: string[], requestLine: number) {
    for (const [at, typed] of serials.entries()) {
      const serial = normalizeSerial(typed);
      const key = `${itemId}\n${serial}`;
      const where = { line: at + 1, requestLine, itemId, serial: typed };
      if (!SERIAL_PATTERN.test(serial)) {
        problems.push({ ...where, code: 'invalid_serial', message: 'Invalid serial number: letters, digits and - _ . / : # only (64 at most).' });
      } else if (positions.has(key)) {
        problems.push({ ...where, code: 'duplicate_in_request', message: `${serial} appears more than once in this receipt.` });
      } else {
        positions.set(key, { line: at + 1, requestLine, typed });
        checked.units.push({ itemId, serial });
      }
    }
  }

  for (const known of await knownSerials(db, checked.units)) {
    const where = positions.get(`${known.itemId}\n${known.serial}`)!;
    problems.push({
      line: where.line,
      requestLine: where.requestLine,
      itemId: known.itemId,
      serial: where.typed,
      code: 'already_known',
      message: `${known.serial} is already known for this item.`,
    });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.requestLine - b.requestLine || a.line - b.line);
    throw businessRule('receipt_rejected', 'Some lines of this receipt are refused: nothing was received.', { lines: problems });
  }
  return checked;
}

/** The serials of the list that already exist for their item (unique index item_id, serial). */
async function knownSerials(db: Kysely<Database>, units: { itemId: string; serial: string }[]) {
  const byItem = new Map<string, { serial: string }[]>();
  for (const unit of units) {
    const list = byItem.get(unit.itemId) ?? [];
    list.push(unit);
    byItem.set(unit.itemId, list);
  }
  const known: { itemId: string; serial: string }[] = [];
  for (const [itemId, list] of byItem) {
    for (let start = 0; start < list.length; start += 500) {
      const serials = list.slice(start, start + 500).map((u) => u.serial);
      known.push(...(await db.selectFrom('serialUnits').select(['itemId', 'serial']).where('itemId', '=', itemId).where('serial', 'in', serials).execute()));
    }
  }
  return known;
}

async function writeReceipt(
  uow: UnitOfWork,
  depotId: string,
  request: ReceiptRequest,
  checked: CheckedReceipt,
  actor: Actor | null,
): Promise<ReceiptResult> {
  const { trx } = uow;
  const now = nowIso();
  const note = request.note || null;
  const base = { fromDepotId: null, toDepotId: depotId, customerId: null, jobId: null, note, actorId: actor?.id ?? null };
  await applyStockChanges(trx, checked.quantities.map((q) => ({ depotId, itemId: q.itemId, deltaMilli: toMilli(q.quantity) })), now);
  const units = checked.units.map((u) => ({ ...u, id: crypto.randomUUID() }));
  await insertInChunks(
    trx,
    'serialUnits',
    units.map((u) => ({ id: u.id, itemId: u.itemId, serial: u.serial, status: 'ok' as const, depotId, customerId: null, siteId: null, lastJobId: null, createdAt: now, updatedAt: now, version: 1 })),
  );
  const movements: MovementInput[] = [
    ...checked.quantities.map((q) => ({ ...base, kind: 'receipt' as const, itemId: q.itemId, serialUnitId: null, quantity: q.quantity, statusAfter: null })),
    ...units.map((u) => ({ ...base, kind: 'receipt' as const, itemId: u.itemId, serialUnitId: u.id, quantity: 1, statusAfter: 'ok' as const })),
  ];
  await recordMovements(trx, movements, now);
  uow.audit({
    actor,
    action: 'stock_receipt',
    entityType: 'depot',
    entityId: depotId,
    changes: {
      received: {
        before: null,
        after: request.lines.map((l) => ('quantity' in l ? { itemId: l.itemId, quantity: l.quantity } : { itemId: l.itemId, units: l.serials.length })),
      },
    },
  });
  return { movements: movements.length, unitsCreated: units.length };
}
