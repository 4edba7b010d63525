import { sql, type Kysely } from 'kysely';
import { fromMilli, type Depot, type Page, type StockLine, type StockQuery } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { afterTextKey, keysetPage } from '../../shared/cursor';
import { byCodePoint } from '../../shared/dialect';
import { likePrefix, searchForm } from '../../shared/text';
import { ITEM_REF_COLUMNS, toItemRef } from '../catalog';

type StockListQuery = z.output<typeof StockQuery>;

/** Open depots: the main depot first, then vans by their owner's name. */
export async function listDepots(db: Kysely<Database>): Promise<Depot[]> {
  const depots = await depotsWithCounts(db);
  const rank = (d: Depot) => (d.kind === 'main' ? 0 : 1);
  return depots.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.owner?.displayName ?? '').localeCompare(b.owner?.displayName ?? '') ||
      a.name.localeCompare(b.name) ||
      (a.id < b.id ? -1 : 1),
  );
}

export async function findDepot(db: Kysely<Database>, id: string): Promise<Depot | undefined> {
  return (await depotsWithCounts(db, id))[0];
}

/** A few dozen rows (one main depot, one van per technician); counts read the depot indexes only. */
async function depotsWithCounts(db: Kysely<Database>, onlyId?: string): Promise<Depot[]> {
  let query = db
    .selectFrom('depots as d')
    .leftJoin('users as o', 'o.id', 'd.ownerId')
    .select(['d.id', 'd.name', 'd.kind', 'd.version', 'd.ownerId', 'o.displayName as ownerName'])
    .where('d.archivedAt', 'is', null);
  if (onlyId) query = query.where('d.id', '=', onlyId);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const units = await db
    .selectFrom('serialUnits')
    .select(['depotId', 'status', (eb) => eb.fn.countAll().as('n')])
    .where('depotId', 'in', ids)
    .groupBy(['depotId', 'status'])
    .execute();
  const lines = await db
    .selectFrom('stockLevels')
    .select(['depotId', (eb) => eb.fn.countAll().as('n')])
    .where('depotId', 'in', ids)
    .where('quantityMilli', '>', 0)
    .groupBy('depotId')
    .execute();
  return rows.map((r) => {
    const mine = units.filter((u) => u.depotId === r.id);
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      owner: r.ownerId && r.ownerName ? { id: r.ownerId, displayName: r.ownerName } : null,
      serialUnitCount: mine.reduce((sum, u) => sum + Number(u.n), 0),
      needsRepairCount: Number(mine.find((u) => u.status === 'needs_repair')?.n ?? 0),
      stockLineCount: Number(lines.find((l) => l.depotId === r.id)?.n ?? 0),
      version: Number(r.version),
    };
  });
}

/**
 * A depot's quantities, by item name (accent-free, by code point) then id; `q` is the beginning of
 * the name or of the reference. Lines at zero stay listed: "none left" is worth seeing in a van.
 */
export async function listStock(db: Kysely<Database>, depotId: string, query: StockListQuery): Promise<Page<StockLine>> {
  const name = byCodePoint(db, 'i.searchName');
  let filtered = db.selectFrom('stockLevels as l').innerJoin('catalogItems as i', 'i.id', 'l.itemId').where('l.depotId', '=', depotId);
  const term = query.q ? searchForm(query.q) : '';
  if (term) {
    const reference = byCodePoint(db, 'i.reference');
    filtered = filtered.where(
      sql<boolean>`(${name} like ${likePrefix(term)} escape '\\' or ${reference} like ${likePrefix(query.q!.trim().toUpperCase())} escape '\\')`,
    );
  }
  let page = filtered
    .innerJoin('catalogFamilies as f', 'f.id', 'i.familyId')
    .select([
      'l.quantityMilli',
      'l.updatedAt',
      'i.id as itemId',
      'i.searchName',
      ...ITEM_REF_COLUMNS,
    ]);
  if (query.cursor) page = page.where(afterTextKey(query.cursor, name, 'i.id'));
  const rows = await page.orderBy(name).orderBy('i.id').limit(query.limit + 1).execute();
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => [last.searchName, last.itemId]);
  const counted = await filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return {
    items: items.map((r) => ({ item: toItemRef(r), quantity: fromMilli(r.quantityMilli), updatedAt: r.updatedAt })),
    total: Number(counted.n),
    nextCursor,
  };
}
