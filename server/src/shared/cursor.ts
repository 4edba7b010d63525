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
