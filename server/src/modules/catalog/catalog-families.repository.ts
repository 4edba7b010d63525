import type { Kysely, Selectable } from 'kysely';
import type { CatalogFamily } from '@contract';
import type { CatalogFamiliesTable, Database } from '../../db/database';

export function toFamily(row: Selectable<CatalogFamiliesTable>, itemCount: number): CatalogFamily {
  return {
    id: row.id,
    name: row.name,
    sortOrder: row.sortOrder,
    itemCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Every family in display order (sort order, then name), with its number of items. */
export async function listFamilies(db: Kysely<Database>): Promise<CatalogFamily[]> {
  const rows = await db.selectFrom('catalogFamilies').selectAll().orderBy('sortOrder').orderBy('name').orderBy('id').execute();
  // One pass over the (family_id, …) index, no table rows read.
  const counts = await db
    .selectFrom('catalogItems')
    .select((eb) => ['familyId', eb.fn.countAll().as('n')])
    .groupBy('familyId')
    .execute();
  const countOf = new Map(counts.map((c) => [c.familyId, Number(c.n)]));
  return rows.map((row) => toFamily(row, countOf.get(row.id) ?? 0));
}

export async function countFamilyItems(db: Kysely<Database>, familyId: string): Promise<number> {
  const row = await db
    .selectFrom('catalogItems')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('familyId', '=', familyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findFamily(db: Kysely<Database>, id: string): Promise<CatalogFamily | undefined> {
  const row = await db.selectFrom('catalogFamilies').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toFamily(row, await countFamilyItems(db, id)) : undefined;
}
