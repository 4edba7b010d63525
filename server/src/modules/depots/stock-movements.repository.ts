import type { Insertable, Kysely } from 'kysely';
import { isMovementNoteKey, movementNoteText, toMilli, type MovementNoteKey, type MovementNoteParams } from '@contract';
import type { Database, StockMovementsTable } from '../../db/database';

/** A movement as the services speak of it: quantities in the item's unit (stored in thousandths here). */
export type MovementInput = Omit<Insertable<StockMovementsTable>, 'id' | 'occurredAt' | 'quantityMilli' | 'shortfallMilli' | 'note' | 'noteKey' | 'noteParams'> & {
  /** A note the server writes (`movementNote`), or one a person typed (text, or null). */
  note: MovementNote | string | null;
  quantity: number;
  /** What the van lacked when a job's end took this quantity (see settleJobParts). */
  shortfall?: number;
};

/** A note the server writes: a key and its parameters, said in the reader's language (migration 0018). */
export interface MovementNote {
  key: MovementNoteKey;
  params: MovementNoteParams;
}

export const movementNote = (key: MovementNoteKey, params: MovementNoteParams): MovementNote => ({ key, params });

/** The note's columns: the English text always (CSV, older clients), the key and parameters when the server wrote it. */
function noteColumns(note: MovementNote | string | null) {
  if (note === null || typeof note === 'string') return { note, noteKey: null, noteParams: null };
  return { note: movementNoteText(note.key, note.params), noteKey: note.key, noteParams: JSON.stringify(note.params) };
}

/**
 * A movement's note as the API answers it (any list of movements): the English text always, and the
 * key and parameters when the server wrote it; older rows and typed notes have no key.
 */
export function readNote(row: { note: string | null; noteKey: string | null; noteParams: string | null }): {
  note: string | null;
  noteKey: MovementNoteKey | null;
  noteParams: MovementNoteParams | null;
} {
  if (!isMovementNoteKey(row.noteKey) || row.noteParams === null) return { note: row.note, noteKey: null, noteParams: null };
  return { note: row.note, noteKey: row.noteKey, noteParams: JSON.parse(row.noteParams) as MovementNoteParams };
}

/** Rows per INSERT: far below the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
const CHUNK = 500;

/** One stock_movements row per move, inside the caller's transaction, all stamped `at`. */
export async function recordMovements(trx: Kysely<Database>, movements: MovementInput[], at: string): Promise<void> {
  for (let start = 0; start < movements.length; start += CHUNK) {
    const rows = movements
      .slice(start, start + CHUNK)
      .map(({ quantity, shortfall, note, ...m }) => ({ ...m, ...noteColumns(note), quantityMilli: toMilli(quantity), shortfallMilli: toMilli(shortfall ?? 0), id: crypto.randomUUID(), occurredAt: at }));
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
