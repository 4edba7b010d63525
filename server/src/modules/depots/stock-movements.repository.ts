import type { Insertable, Kysely } from 'kysely';
import { toMilli } from '@contract';
import type { Database, StockMovementsTable } from '../../db/database';

/** A movement as the services speak of it: quantities in the item's unit (stored in thousandths here). */
export type MovementInput = Omit<Insertable<StockMovementsTable>, 'id' | 'occurredAt' | 'quantityMilli' | 'shortfallMilli'> & {
  quantity: number;
  /** What the van lacked when a job's end took this quantity (see settleJobParts). */
  shortfall?: number;
};

/** Rows per INSERT: far below the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
const CHUNK = 500;

/** One stock_movements row per move, inside the caller's transaction, all stamped `at`. */
export async function recordMovements(trx: Kysely<Database>, movements: MovementInput[], at: string): Promise<void> {
  for (let start = 0; start < movements.length; start += CHUNK) {
    const rows = movements
      .slice(start, start + CHUNK)
      .map(({ quantity, shortfall, ...m }) => ({ ...m, quantityMilli: toMilli(quantity), shortfallMilli: toMilli(shortfall ?? 0), id: crypto.randomUUID(), occurredAt: at }));
    await trx.insertInto('stockMovements').values(rows).execute();
  }
}

/** Inserts in chunks of `CHUNK` rows (receipts create up to 1,000 units per line). */
export async function insertInChunks<T extends keyof Database & string>(
  trx: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + CHUNK) as never)
      .execute();
  }
}
