import { sql, type RawBuilder } from 'kysely';
import { invalidInput } from './errors';

/**
 * Keyset cursors are opaque to clients: base64url of the JSON of the last row's sort key.
 * A tampered cursor is a 400, never a 500.
 */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number' | 'nullableString')[]) {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) =>
      shape[i] === 'nullableString' ? v === null || typeof v === 'string' : typeof v === shape[i],
    );
  if (!valid) throw invalidInput([{ in: 'querystring', path: 'cursor', message: 'Invalid cursor' }]);
  return key as (string | number | null)[];
}

/** Rows after the cursor of a list sorted by a text key, then id, both ascending: `(key, id) > (…)`. */
export function afterTextKey(cursor: string, key: RawBuilder<string>, idColumn: string): RawBuilder<boolean> {
  const [value, id] = decodeCursor(cursor, ['string', 'string']) as [string, string];
  return sql<boolean>`(${key}, ${sql.ref(idColumn)}) > (${value}, ${id})`;
}

/**
 * One keyset page out of the `limit + 1` rows read: the rows to answer and the cursor of the last
 * one, null when the extra row shows there is nothing after it.
 */
export function keysetPage<R>(rows: readonly R[], limit: number, keyOf: (last: R) => readonly (string | number | null)[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
