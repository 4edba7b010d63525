import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isPostgres } from '../../shared/dialect';
import { conflict, notFound } from '../../shared/errors';

export interface LockedDepot {
  id: string;
  name: string;
  kind: 'main' | 'van';
  ownerId: string | null;
}

/**
 * The depots a move reads or fills, each still open (not archived), else 404. On PostgreSQL they
 * are held FOR SHARE until the commit: deleting a depot (an UPDATE of its row) then waits for the
 * moves in flight, and a move started after the delete sees it archived — never stock in a deleted
 * depot. SQLite runs one write transaction at a time, which gives the same guarantee.
 */
export async function lockDepots(trx: Kysely<Database>, ids: string[]): Promise<Map<string, LockedDepot>> {
  const unique = [...new Set(ids)].sort();
  let query = trx
    .selectFrom('depots')
    .select(['id', 'name', 'kind', 'ownerId'])
    .where('id', 'in', unique)
    .where('archivedAt', 'is', null)
    .orderBy('id');
  if (isPostgres(trx)) query = query.forShare();
  const rows = await query.execute();
  const found = new Map(rows.map((r) => [r.id, r]));
  for (const id of unique) if (!found.has(id)) throw notFound('This depot');
  return found;
}

/** The id of a technician's open van (a technician has one at most), undefined when they have none. */
export async function openVanId(db: Kysely<Database>, ownerId: string): Promise<string | undefined> {
  const van = await db
    .selectFrom('depots')
    .select('id')
    .where('ownerId', '=', ownerId)
    .where('kind', '=', 'van')
    .where('archivedAt', 'is', null)
    .executeTakeFirst();
  return van?.id;
}

/** The open van of a technician; 409 `no_van` when they have none (moves to or from "their van"). */
export async function vanOf(trx: Kysely<Database>, userId: string): Promise<LockedDepot> {
  const vanId = await openVanId(trx, userId);
  if (!vanId) throw conflict('no_van', 'This technician has no van depot.', { userId });
  return (await lockDepots(trx, [vanId])).get(vanId)!;
}
