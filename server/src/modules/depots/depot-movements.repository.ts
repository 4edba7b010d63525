import { sql, type Kysely } from 'kysely';
import { fromMilli, type DepotMovement, type DepotMovementPage, type DepotMovementQuery } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { decodeCursor, keysetPage } from '../../shared/cursor';
import { ITEM_REF_COLUMNS, toItemRef } from '../catalog';
import { readNote } from './stock-movements.repository';

type Query = z.output<typeof DepotMovementQuery>;
type Side = 'out' | 'in';

/**
 * The movements of one side of a depot, newest first: out of it (`from_depot_id`) or into it
 * (`to_depot_id`; a movement from the depot to itself counts once, as out). Each side reads its
 * own index (migration 0019) from the cursor on; every join is a primary-key lookup.
 */
function sideRows(db: Kysely<Database>, depotId: string, side: Side) {
  const query = db
    .selectFrom('stockMovements as m')
    .innerJoin('catalogItems as i', 'i.id', 'm.itemId')
    .innerJoin('catalogFamilies as f', 'f.id', 'i.familyId')
    .leftJoin('serialUnits as u', 'u.id', 'm.serialUnitId')
    .leftJoin('depots as other', 'other.id', side === 'out' ? 'm.toDepotId' : 'm.fromDepotId')
    .leftJoin('customers as c', 'c.id', 'm.customerId')
    .leftJoin('jobs as j', 'j.id', 'm.jobId')
    .leftJoin('users as a', 'a.id', 'm.actorId')
    .leftJoin('jobItems as l', 'l.id', 'm.jobItemId')
    .select([
      'm.id',
      'm.kind',
      'm.occurredAt',
      'm.itemId',
      ...ITEM_REF_COLUMNS,
      'u.serial',
      'm.quantityMilli',
      'm.shortfallMilli',
      'other.id as otherId',
      'other.name as otherName',
      'c.id as customerId',
      'c.name as customerName',
      'j.id as jobId',
      'j.number as jobNumber',
      'a.id as actorId',
      'a.displayName as actorName',
      'm.note',
      'm.noteKey',
      'm.noteParams',
      'm.jobItemId',
      'l.shortfallResolvedAt',
      'l.shortfallResolution',
    ]);
  if (side === 'out') return query.where('m.fromDepotId', '=', depotId);
  return query.where('m.toDepotId', '=', depotId).where((eb) => eb.or([eb('m.fromDepotId', 'is', null), eb('m.fromDepotId', '<>', depotId)]));
}

type Row = Awaited<ReturnType<ReturnType<typeof sideRows>['executeTakeFirstOrThrow']>>;

function toMovement(row: Row, direction: Side): DepotMovement {
  const shortfallMilli = Number(row.shortfallMilli);
  return {
    id: row.id,
    kind: row.kind,
    occurredAt: row.occurredAt,
    direction,
    item: toItemRef(row),
    serial: row.serial,
    quantity: fromMilli(row.quantityMilli),
    otherDepot: row.otherId ? { id: row.otherId, name: row.otherName ?? '' } : null,
    customer: row.customerId ? { id: row.customerId, name: row.customerName ?? '' } : null,
    job: row.jobId ? { id: row.jobId, number: row.jobNumber ?? '' } : null,
    actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
    ...readNote(row),
    shortfall:
      shortfallMilli > 0
        ? { lineId: row.jobItemId, quantity: fromMilli(shortfallMilli), resolvedAt: row.shortfallResolvedAt ?? null, resolution: row.shortfallResolution ?? null }
        : null,
  };
}

/**
 * A depot's movements, newest first, keyset paged on (occurred_at, id): each side reads at most
 * `limit + 1` rows after the cursor from its index, and the two are merged, so a page costs two
 * short index ranges however long the depot's history.
 */
export async function listDepotMovements(db: Kysely<Database>, depotId: string, query: Query): Promise<DepotMovementPage> {
  const after = query.cursor ? (decodeCursor(query.cursor, ['string', 'string']) as [string, string]) : null;
  const read = async (side: Side) => {
    let rows = sideRows(db, depotId, side);
    if (after) rows = rows.where(sql<boolean>`(m.occurred_at, m.id) < (${after[0]}, ${after[1]})`);
    const found = await rows.orderBy('m.occurredAt', 'desc').orderBy('m.id', 'desc').limit(query.limit + 1).execute();
    return found.map((row) => ({ row, direction: side }));
  };
  const [out, into] = await Promise.all([read('out'), read('in')]);
  const merged = [...out, ...into].sort((a, b) => (a.row.occurredAt === b.row.occurredAt ? (a.row.id < b.row.id ? 1 : -1) : a.row.occurredAt < b.row.occurredAt ? 1 : -1));
  const counts = await Promise.all([
    db.selectFrom('stockMovements').select((eb) => eb.fn.countAll().as('n')).where('fromDepotId', '=', depotId).executeTakeFirstOrThrow(),
    db
      .selectFrom('stockMovements')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('toDepotId', '=', depotId)
      .where((eb) => eb.or([eb('fromDepotId', 'is', null), eb('fromDepotId', '<>', depotId)]))
      .executeTakeFirstOrThrow(),
  ]);
  const { items, nextCursor } = keysetPage(merged, query.limit, (last) => [last.row.occurredAt, last.row.id]);
  return {
    items: items.map(({ row, direction }) => toMovement(row, direction)),
    total: counts.reduce((sum, c) => sum + Number(c.n), 0),
    nextCursor,
  };
}
