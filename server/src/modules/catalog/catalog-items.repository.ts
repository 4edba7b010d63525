import { sql, type Kysely } from 'kysely';
import { fromMilli, type CatalogExportQuery, type CatalogItem, type ItemRef, type CatalogItemDetail, type CatalogItemListQuery, type Page } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { afterTextKey, decodeCursor, keysetPage } from '../../shared/cursor';
import { byCodePoint } from '../../shared/dialect';
import { likePrefix, searchForm } from '../../shared/text';
import { readSettings } from '../settings';

export type ItemListQuery = z.output<typeof CatalogItemListQuery>;
export type ItemFilters = z.output<typeof CatalogExportQuery>;

const itemColumns = [
  'catalogItems.id',
  'catalogItems.familyId',
  'catalogFamilies.name as familyName',
  'catalogItems.kind',
  'catalogItems.reference',
  'catalogItems.name',
  'catalogItems.searchName',
  'catalogItems.description',
  'catalogItems.unit',
  'catalogItems.unitPriceCents',
  'catalogItems.taxRateBp',
  'catalogItems.isSerialized',
  'catalogItems.isStockTracked',
  'catalogItems.isActive',
  'catalogItems.createdAt',
  'catalogItems.updatedAt',
  'catalogItems.version',
] as const;

type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['executeTakeFirstOrThrow']>>;

const selectItems = (db: Kysely<Database>) =>
  db.selectFrom('catalogItems').innerJoin('catalogFamilies', 'catalogFamilies.id', 'catalogItems.familyId').select(itemColumns);

export function toItem(row: ItemRow, currency: string): CatalogItem {
  return {
    id: row.id,
    familyId: row.familyId,
    familyName: row.familyName,
    kind: row.kind,
    reference: row.reference,
    name: row.name,
    description: row.description,
    unit: row.unit as CatalogItem['unit'],
    unitPriceCents: Number(row.unitPriceCents),
    currency,
    taxRateBp: Number(row.taxRateBp),
    isSerialized: Number(row.isSerialized) === 1,
    isStockTracked: Number(row.isStockTracked) === 1,
    isActive: Number(row.isActive) === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export async function findItem(db: Kysely<Database>, id: string): Promise<CatalogItemDetail | undefined> {
  const row = await selectItems(db).where('catalogItems.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const { currency } = await readSettings(db);
  return { ...toItem(row, currency), ...(await itemHoldings(db, id)) };
}

/** Serial units (any status) and stock in every depot: what freezes the item's flags. */
export async function itemHoldings(db: Kysely<Database>, itemId: string) {
  const units = await db
    .selectFrom('serialUnits')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('itemId', '=', itemId)
    .executeTakeFirstOrThrow();
  const stock = await db
    .selectFrom('stockLevels')
    .select((eb) => eb.fn.sum<number | string | null>('quantityMilli').as('total'))
    .where('itemId', '=', itemId)
    .executeTakeFirstOrThrow();
  return { serialUnitCount: Number(units.n), stockQuantity: fromMilli(stock.total ?? 0) };
}

/**
 * The filters of the grid on catalog_items alone (the count needs no join). Each combination is
 * an index range (migrations 0001, 0002, 0004); `q` is a prefix of the accent-free name or of the
 * reference, LIKE wildcards taken literally.
 */
function filtered(db: Kysely<Database>, filters: ItemFilters) {
  let query = db.selectFrom('catalogItems');
  if (filters.familyId) query = query.where('catalogItems.familyId', '=', filters.familyId);
  if (filters.kind) query = query.where('catalogItems.kind', '=', filters.kind);
  if (filters.active !== undefined) query = query.where('catalogItems.isActive', '=', filters.active ? 1 : 0);
  const term = filters.q ? searchForm(filters.q) : '';
  if (term) {
    const name = byCodePoint(db, 'catalogItems.searchName');
    const reference = filters.q!.trim().toUpperCase();
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`${name} like ${likePrefix(term)} escape '\\'`,
        sql<boolean>`${sql.ref('catalogItems.reference')} like ${likePrefix(reference)} escape '\\'`,
      ]),
    );
  }
  return query;
}

/** One page in keyset order: by accent-free name then id, or by reference (unique). */
async function readPage(db: Kysely<Database>, filters: ItemFilters, page: { limit: number; cursor?: string; offset?: number }) {
  const byName = filters.sort === 'name';
  const name = byCodePoint(db, 'catalogItems.searchName');
  const reference = byCodePoint(db, 'catalogItems.reference');
  let query = filtered(db, filters)
    .innerJoin('catalogFamilies', 'catalogFamilies.id', 'catalogItems.familyId')
    .select(itemColumns);
  if (page.cursor) {
    if (byName) {
      query = query.where(afterTextKey(page.cursor, name, 'catalogItems.id'));
    } else {
      const [value] = decodeCursor(page.cursor, ['string']) as [string];
      query = query.where(sql<boolean>`${reference} > ${value}`);
    }
  } else if (page.offset) {
    query = query.offset(page.offset);
  }
  query = byName ? query.orderBy(name).orderBy('catalogItems.id') : query.orderBy(reference);
  const rows = await query.limit(page.limit + 1).execute();
  const { items, nextCursor } = keysetPage(rows, page.limit, (last) => (byName ? [last.searchName, last.id] : [last.reference]));
  return { rows: items, nextCursor };
}

export async function listItems(db: Kysely<Database>, query: ItemListQuery): Promise<Page<CatalogItem>> {
  const { rows, nextCursor } = await readPage(db, query, query);
  const counted = await filtered(db, query)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const { currency } = await readSettings(db);
  return { items: rows.map((r) => toItem(r, currency)), total: Number(counted.n), nextCursor };
}

/** Every item matching the filters, in pages of `batch` read one after the other (for the CSV export). */
export async function* allItems(db: Kysely<Database>, filters: ItemFilters, batch = 500): AsyncGenerator<CatalogItem> {
  const { currency } = await readSettings(db);
  let cursor: string | undefined;
  do {
    const page = await readPage(db, filters, { limit: batch, cursor });
    for (const row of page.rows) yield toItem(row, currency);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * The columns toItemRef reads besides the item's id, for a query joining the item as `i` and its
 * family as `f` (each list selects the id from its own table: `u.itemId`, `i.id as itemId`).
 */
export const ITEM_REF_COLUMNS = [
  'i.reference as itemReference',
  'i.name as itemName',
  'i.familyId',
  'f.name as familyName',
  'i.isSerialized',
  'i.isStockTracked',
  'i.unit as itemUnit',
] as const;

/** An item as other lists show it next to a unit or a quantity (joined columns named `item…`). */
export interface ItemRefRow {
  itemId: string;
  itemReference: string;
  itemName: string;
  familyId: string;
  familyName: string;
  isSerialized: number;
  isStockTracked: number;
  itemUnit: string;
}

export function toItemRef(row: ItemRefRow): ItemRef {
  return {
    id: row.itemId,
    reference: row.itemReference,
    name: row.itemName,
    familyId: row.familyId,
    familyName: row.familyName,
    isSerialized: Number(row.isSerialized) === 1,
    isStockTracked: Number(row.isStockTracked) === 1,
    unit: row.itemUnit,
  };
}
