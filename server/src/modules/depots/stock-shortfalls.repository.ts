import { sql, type Kysely } from 'kysely';
import { fromMilli, type StockShortfall, type StockShortfallPage, type StockShortfallQuery } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { decodeCursor, keysetPage } from '../../shared/cursor';
import { ITEM_REF_COLUMNS, toItemRef } from '../catalog';

type Query = z.output<typeof StockShortfallQuery>;

/**
 * Fixed stock shortfalls: job lines with a shortfall whose job ended (settled_at), newest first.
 * Every filter stays inside the partial index job_items_shortfalls (settled_at, id WHERE
 * shortfall_milli > 0): the period is its range, open/resolved a test on the rows of that range.
 */
function shortfallRows(db: Kysely<Database>) {
  return db
    .selectFrom('jobItems as l')
    .innerJoin('jobs as j', 'j.id', 'l.jobId')
    .innerJoin('catalogItems as i', 'i.id', 'l.itemId')
    .innerJoin('catalogFamilies as f', 'f.id', 'i.familyId')
    .leftJoin('depots as van', 'van.id', 'l.shortfallDepotId')
    .leftJoin('depots as src', 'src.id', 'l.shortfallSourceDepotId')
    .leftJoin('users as tech', 'tech.id', 'l.addedBy')
    .leftJoin('users as by', 'by.id', 'l.shortfallResolvedBy')
    .select([
      'l.id',
      'l.jobId',
      'j.number as jobNumber',
      'l.itemId',
      ...ITEM_REF_COLUMNS,
      'l.shortfallDepotId',
      'van.name as vanName',
      'l.addedBy',
      'tech.displayName as technicianName',
      'l.quantityMilli',
      'l.shortfallMilli',
      'l.settledAt',
      'l.shortfallResolution',
      'l.shortfallSourceDepotId',
      'src.name as sourceName',
      'l.shortfallNote',
      'l.shortfallResolvedAt',
      'l.shortfallResolvedBy',
      'by.displayName as resolvedByName',
    ])
    // Written as the partial index's own condition: SQLite uses it only for that very term (not `> ?`).
    .where(sql<boolean>`l.shortfall_milli > 0`)
    .where('l.settledAt', 'is not', null);
}

type ShortfallQuery = ReturnType<typeof shortfallRows>;
type Row = Awaited<ReturnType<ShortfallQuery['executeTakeFirstOrThrow']>>;

function toShortfall(row: Row): StockShortfall {
  const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);
  return {
    id: row.id,
    job: { id: row.jobId, number: row.jobNumber },
    item: toItemRef(row),
    depot: ref(row.shortfallDepotId, row.vanName),
    technician: row.addedBy ? { id: row.addedBy, displayName: row.technicianName ?? '' } : null,
    quantity: fromMilli(row.quantityMilli),
    shortfall: fromMilli(row.shortfallMilli),
    occurredAt: row.settledAt!,
    resolution:
      row.shortfallResolution && row.shortfallResolvedAt
        ? {
            resolution: row.shortfallResolution,
            depot: ref(row.shortfallSourceDepotId, row.sourceName),
            note: row.shortfallNote,
            resolvedAt: row.shortfallResolvedAt,
            resolvedBy: row.shortfallResolvedBy ? { id: row.shortfallResolvedBy, displayName: row.resolvedByName ?? '' } : null,
          }
        : null,
  };
}

function filtered(query: ShortfallQuery, filters: Query): ShortfallQuery {
  let out = query;
  if (filters.from) out = out.where('l.settledAt', '>=', filters.from);
  if (filters.to) out = out.where('l.settledAt', '<', filters.to);
  if (filters.state === 'open') out = out.where('l.shortfallResolvedAt', 'is', null);
  if (filters.state === 'resolved') out = out.where('l.shortfallResolvedAt', 'is not', null);
  return out;
}

/** A period's shortfalls, newest first, keyset paged on (settled_at, id). */
export async function listShortfalls(db: Kysely<Database>, query: Query): Promise<StockShortfallPage> {
  let page = filtered(shortfallRows(db), query);
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    page = page.where((eb) => eb.or([eb('l.settledAt', '<', at), eb.and([eb('l.settledAt', '=', at), eb('l.id', '<', id)])]));
  }
  const rows = await page.orderBy('l.settledAt', 'desc').orderBy('l.id', 'desc').limit(query.limit + 1).execute();
  const counted = await filtered(shortfallRows(db), query)
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => [last.settledAt!, last.id]);
  return { items: items.map(toShortfall), total: Number(counted.n), nextCursor };
}

/** One fixed shortfall, or undefined. */
export async function findShortfall(db: Kysely<Database>, id: string): Promise<StockShortfall | undefined> {
  const row = await shortfallRows(db).where('l.id', '=', id).executeTakeFirst();
  return row ? toShortfall(row) : undefined;
}
