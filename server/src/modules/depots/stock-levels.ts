import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { fromMilli } from '@contract';
import { conflict } from '../../shared/errors';
import { isPostgres } from '../../shared/dialect';

export interface StockChange {
  depotId: string;
  itemId: string;
  /** Thousandths of the item's unit. Positive: stock comes in; negative: it goes out (never below zero). */
  deltaMilli: number;
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
    if (change.deltaMilli >= 0) await addStock(trx, change, now);
    else await takeStock(trx, change, now);
  }
}

async function addStock(trx: Kysely<Database>, { depotId, itemId, deltaMilli }: StockChange, now: string): Promise<void> {
  await trx
    .insertInto('stockLevels')
    .values({ depotId, itemId, quantityMilli: deltaMilli, updatedAt: now })
    .onConflict((oc) =>
      oc.columns(['depotId', 'itemId']).doUpdateSet((eb) => ({
        quantityMilli: eb('stockLevels.quantityMilli', '+', eb.ref('excluded.quantityMilli')),
        updatedAt: eb.ref('excluded.updatedAt'),
      })),
    )
    .execute();
}

async function takeStock(trx: Kysely<Database>, { depotId, itemId, deltaMilli }: StockChange, now: string): Promise<void> {
  const wantedMilli = -deltaMilli;
  const taken = await trx
    .updateTable('stockLevels')
    .set((eb) => ({ quantityMilli: eb('quantityMilli', '-', wantedMilli), updatedAt: now }))
    .where('depotId', '=', depotId)
    .where('itemId', '=', itemId)
    .where('quantityMilli', '>=', wantedMilli)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) === 1) return;
  const available = fromMilli(await stockMilli(trx, depotId, itemId));
  const wanted = fromMilli(wantedMilli);
  throw conflict('insufficient_stock', `Only ${available} in stock: ${wanted} cannot be taken.`, { itemId, depotId, available, wanted });
}

/**
 * What a depot holds of an item, in thousandths (0 without a row); `lock` keeps the row locked on
 * PostgreSQL until the commit (a job's end debiting the van, a concurrent one waits).
 */
export async function stockMilli(trx: Kysely<Database>, depotId: string, itemId: string, lock = false): Promise<number> {
  let read = trx.selectFrom('stockLevels').select('quantityMilli').where('depotId', '=', depotId).where('itemId', '=', itemId);
  if (lock && isPostgres(trx)) read = read.forUpdate();
  return Number((await read.executeTakeFirst())?.quantityMilli ?? 0);
}


const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
