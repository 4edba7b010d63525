import { sql, type Kysely } from 'kysely';
import { fromMilli, type CatalogUnit, type FieldCatalog, type FieldCatalogItem, type FieldCatalogQuery } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { afterTextKey, keysetPage } from '../../shared/cursor';
import { byCodePoint } from '../../shared/dialect';
import { likePrefix, searchForm } from '../../shared/text';
import { openVanId } from '../depots';
import { settingsFor } from '../settings';

type CatalogQuery = z.output<typeof FieldCatalogQuery>;

/** A van holds a few hundred units at most: its usable serials of one item are listed whole, up to this. */
const MAX_OK_SERIALS = 200;

/**
 * The catalog as a technician browses it from the van: every family, and the active items
 * (family, kind, prefix of the accent-free name or of the reference) in name order, keyset pages
 * over the same indexes as the console's catalog grid (migration 0004). Each item says how many
 * the caller's van holds and, when serialized, which usable serials.
 */
export async function readFieldCatalog(db: Kysely<Database>, userId: string, query: CatalogQuery): Promise<FieldCatalog> {
  const settings = await settingsFor(db);
  const families = await db.selectFrom('catalogFamilies').select(['id', 'name']).orderBy('sortOrder').orderBy('name').execute();
  const name = byCodePoint(db, 'catalogItems.searchName');
  let page = filtered(db, query)
    .innerJoin('catalogFamilies', 'catalogFamilies.id', 'catalogItems.familyId')
    .select([
      'catalogItems.id',
      'catalogItems.reference',
      'catalogItems.name',
      'catalogItems.searchName',
      'catalogItems.kind',
      'catalogItems.familyId',
      'catalogFamilies.name as familyName',
      'catalogItems.unit',
      'catalogItems.unitPriceCents',
      'catalogItems.taxRateBp',
      'catalogItems.isSerialized',
      'catalogItems.isStockTracked',
    ]);
  if (query.cursor) page = page.where(afterTextKey(query.cursor, name, 'catalogItems.id'));
  const rows = await page.orderBy(name).orderBy('catalogItems.id').limit(query.limit + 1).execute();
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => [last.searchName, last.id]);
  const counted = await filtered(db, query)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const holdings = await vanHoldings(db, userId, items.map((i) => i.id));

  return {
    families,
    items: {
      items: items.map((row): FieldCatalogItem => {
        const serialized = Number(row.isSerialized) === 1;
        const serials = holdings.serials.get(row.id) ?? [];
        return {
          id: row.id,
          reference: row.reference,
          name: row.name,
          kind: row.kind,
          familyId: row.familyId,
          familyName: row.familyName,
          unit: row.unit as CatalogUnit,
          unitPriceCents: settings.technicianSeesPrices ? Number(row.unitPriceCents) : null,
          taxRateBp: Number(row.taxRateBp),
          isSerialized: serialized,
          vanQuantity: serialized ? serials.length : Number(row.isStockTracked) === 1 ? (holdings.stock.get(row.id) ?? 0) : 0,
          ...(serialized ? { okSerials: serials } : {}),
        };
      }),
      total: Number(counted.n),
      nextCursor,
    },
  };
}

/** Active items only: inactive ones stay on past jobs but are never added to a new line. */
function filtered(db: Kysely<Database>, query: CatalogQuery) {
  let q = db.selectFrom('catalogItems').where('catalogItems.isActive', '=', 1);
  if (query.familyId) q = q.where('catalogItems.familyId', '=', query.familyId);
  if (query.kind) q = q.where('catalogItems.kind', '=', query.kind);
  const term = query.q ? searchForm(query.q) : '';
  if (term) {
    const name = byCodePoint(db, 'catalogItems.searchName');
    const reference = query.q!.trim().toUpperCase();
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`${name} like ${likePrefix(term)} escape '\\'`,
        sql<boolean>`${sql.ref('catalogItems.reference')} like ${likePrefix(reference)} escape '\\'`,
      ]),
    );
  }
  return q;
}

/** Stock levels and usable serials of these items in the caller's open van (none: nothing held). */
async function vanHoldings(db: Kysely<Database>, userId: string, itemIds: string[]) {
  const stock = new Map<string, number>();
  const serials = new Map<string, string[]>();
  const vanId = await openVanId(db, userId);
  if (!vanId || itemIds.length === 0) return { stock, serials };
  const levels = await db
    .selectFrom('stockLevels')
    .select(['itemId', 'quantityMilli'])
    .where('depotId', '=', vanId)
    .where('itemId', 'in', itemIds)
    .execute();
  for (const level of levels) stock.set(level.itemId, fromMilli(level.quantityMilli));
  const units = await db
    .selectFrom('serialUnits')
    .select(['itemId', 'serial'])
    .where('depotId', '=', vanId)
    .where('status', '=', 'ok')
    .where('itemId', 'in', itemIds)
    .orderBy('serial')
    .limit(MAX_OK_SERIALS * itemIds.length)
    .execute();
  for (const unit of units) {
    const list = serials.get(unit.itemId) ?? [];
    if (list.length < MAX_OK_SERIALS) list.push(unit.serial);
    serials.set(unit.itemId, list);
  }
  return { stock, serials };
}
