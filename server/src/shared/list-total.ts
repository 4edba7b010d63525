import { sql, type QueryExecutorProvider, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { LIST_TOTAL_CAP } from '@contract/rules';
import { decodeCursor, encodeCursor } from './cursor';

/**
 * A list's total is exact up to this many rows; beyond it the list answers `TOTAL_CAP + 1`
 * ("more than 100,000"), so counting never reads more than that many index entries (issue 15:
 * the audit trail holds 10,000,000 rows, customers and serial units a million).
 */
export const TOTAL_CAP = LIST_TOTAL_CAP;

/** count(*) of the query's rows, stopping after `cap` + 1 of them. */
export async function cappedCount<DB, TB extends keyof DB>(db: QueryExecutorProvider, query: SelectQueryBuilder<DB, TB, object>, cap = TOTAL_CAP): Promise<number> {
  const capped = query.select(sql<number>`1`.as('one')).limit(cap + 1);
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from (${capped}) as capped_rows`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** count(*) of the query's rows, for lists bounded by the business (the review queue, reserves). */
export async function exactCount<DB, TB extends keyof DB>(query: SelectQueryBuilder<DB, TB, object>): Promise<number> {
  const row = await query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number((row as { n: number | string }).n);
}

type KeyShape = readonly ('string' | 'number' | 'nullableString')[];

/**
 * The cursor of a next block carries the total counted with the first block: later blocks read
 * only their rows (a block deep in the list costs about the raw keyset query, not a recount).
 */
export function encodeCountedCursor(key: readonly (string | number | null)[], total: number): string {
  return encodeCursor([...key, total]);
}

/** The key of a cursor and the total it carries (undefined for a cursor written without one). */
export function decodeCountedCursor(cursor: string, shape: KeyShape): { key: (string | number | null)[]; total: number | undefined } {
  let carried: (string | number | null)[] | undefined;
  try {
    carried = decodeCursor(cursor, [...shape, 'number']);
  } catch {
    carried = undefined;
  }
  if (carried) return { key: carried.slice(0, -1), total: carried.at(-1) as number };
  return { key: decodeCursor(cursor, shape), total: undefined };
}

/** The total of a block: carried by its cursor, or counted (capped) for a first block or a jump. */
export async function blockTotal(carried: number | undefined, count: () => Promise<number>): Promise<number> {
  return carried ?? (await count());
}

/** Rows after a counted cursor's key in a list sorted by a text key, then id, both ascending. */
export function afterCountedTextKey(key: RawBuilder<string>, idColumn: string, [value, id]: readonly (string | number | null)[]): RawBuilder<boolean> {
  return sql<boolean>`(${key}, ${sql.ref(idColumn)}) > (${value}, ${id})`;
}
