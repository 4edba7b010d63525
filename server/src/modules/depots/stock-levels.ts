import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { conflict } from '../../shared/errors';

export interface StockChange {
  depotId: string;
  itemId: string;
  /** Positive: stock comes in; negative: it goes out (never below zero). */
  delta: number;
}

/**
 * Applies quantity changes in one global order (item, then depot), so two transfers crossing the
 * same rows in opposite directions lock them in the same order and cannot deadlock on PostgreSQL.
 * A withdrawal is a conditional UPDATE (`quantity >= wanted`): of two concurrent ones that would
 * together go below zero, the second matches no row and gets 409 `insufficient_stock`.
 */
export async function applyStockChanges(trx: Kysely<Database>, changes: StockChange[], now: string): Promise<void> {
  const ordered = [...changes].sort((a, b) => compare(a.itemId, b.itemId) || compare(a.depotId, b.depotId));
  for (const change of ordered) {
    if (change.delta >= 0) await addStock(trx, change, now);
    else await takeStock(trx, change, now);
  }
}

async function addStock(trx: Kysely<Database>, { depotId, itemId, delta }: StockChange, now: string): Promise<void> {
  await trx
    .insertInto('stockLevels')
    .values({ depotId, itemId, quantity: delta, updatedAt: now })
    .onConflict((oc) =>
      oc.columns(['depotId', 'itemId']).doUpdateSet((eb) => ({
        quantity: eb('stockLevels.quantity', '+', eb.ref('excluded.quantity')),
        updatedAt: eb.ref('excluded.updatedAt'),
      })),
    )
    .execute();
}

async function takeStock(trx: Kysely<Database>, { depotId, itemId, delta }: StockChange, now: string): Promise<void> {
  const wanted = -delta;
  const taken = await trx
    .updateTable('stockLevels')
    .set((eb) => ({ quantity: eb('quantity', '-', wanted), updatedAt: now }))
    .where('depotId', '=', depotId)
    .where('itemId', '=', itemId)
    .where('quantity', '>=', wanted)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) === 1) return;
  const level = await trx
    .selectFrom('stockLevels')
    .select('quantity')
    .where('depotId', '=', depotId)
    .where('itemId', '=', itemId)
    .executeTakeFirst();
  const available = Number(level?.quantity ?? 0);
  throw conflict('insufficient_stock', `Only ${available} in stock: ${wanted} cannot be taken.`, { itemId, depotId, available, wanted });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
