import { sql, type Kysely } from 'kysely';
import type { Page, RepairQueueItem, RepairQueueQuery } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { keysetPage } from '../../shared/cursor';
import { blockTotal, decodeCountedCursor, exactCount } from '../../shared/list-total';
import { byCodePoint } from '../../shared/dialect';
import { likePrefix } from '../../shared/text';
import { unitsInOrder } from './serial-units.repository';

type QueueQuery = z.output<typeof RepairQueueQuery>;

/**
 * Units needing repair, newest take-back first, with who took each back from which customer and
 * job. Two ways to one answer, chosen for the index that bounds the rows read:
 * - the whole queue walks needs-repair take-backs by time (index kind, status_after, occurred_at,
 *   id), keeping those whose unit still needs repair and that are the unit's latest take-back (a
 *   unit repaired, refitted and taken back again has two): a page reads about `limit` rows;
 * - within a depot or a serial prefix, the units come first (index depot_id, status or status,
 *   serial), each joined with its latest take-back: that set is small, sorted in memory.
 * The total counts the units (same indexes) with the first block; the cursors after it carry it.
 */
export async function listRepairQueue(db: Kysely<Database>, query: QueueQuery): Promise<Page<RepairQueueItem>> {
  let takeBacks = (query.depotId || query.q ? byUnits(db) : byTakeBacks(db))
    .leftJoin('users as a', 'a.id', 'm.actorId')
    .leftJoin('customers as c', 'c.id', 'm.customerId')
    .leftJoin('jobs as j', 'j.id', 'm.jobId')
    .select([
      'm.id as movementId',
      'm.occurredAt',
      'u.id as unitId',
      'm.actorId',
      'a.displayName as actorName',
      'm.customerId',
      'c.name as customerName',
      'm.jobId',
      'j.number as jobNumber',
    ])
    .where('m.statusAfter', '=', 'needs_repair')
    .where('u.status', '=', 'needs_repair');
  if (query.depotId) takeBacks = takeBacks.where('u.depotId', '=', query.depotId);
  if (query.q) takeBacks = takeBacks.where(sql<boolean>`${byCodePoint(db, 'u.serial')} like ${likePrefix(query.q)} escape '\\'`);
  const cursor = query.cursor ? decodeCountedCursor(query.cursor, ['string', 'string']) : undefined;
  if (cursor) {
    const [at, id] = cursor.key as [string, string];
    takeBacks = takeBacks.where((eb) => eb(eb.refTuple('m.occurredAt', 'm.id'), '<', eb.tuple(at, id)));
  }
  const rows = await takeBacks.orderBy('m.occurredAt', 'desc').orderBy('m.id', 'desc').limit(query.limit + 1).execute();
  const total = await blockTotal(cursor?.total, () => countNeedingRepair(db, query));
  const { items: page, nextCursor } = keysetPage(rows, query.limit, (last) => [last.occurredAt, last.movementId, total]);

  const units = new Map((await unitsInOrder(db, page.map((r) => r.unitId))).map((u) => [u.id, u]));
  const items = page.flatMap((r): RepairQueueItem[] => {
    const unit = units.get(r.unitId);
    if (!unit) return [];
    return [
      {
        ...unit,
        takenBackAt: r.occurredAt,
        takenBackBy: r.actorId && r.actorName ? { id: r.actorId, displayName: r.actorName } : null,
        fromCustomer: r.customerId && r.customerName ? { id: r.customerId, name: r.customerName } : null,
        fromJob: r.jobId && r.jobNumber ? { id: r.jobId, number: r.jobNumber } : null,
      },
    ];
  });
  return { items, total, nextCursor };
}

function byTakeBacks(db: Kysely<Database>) {
  return db
    .selectFrom('stockMovements as m')
    .innerJoin('serialUnits as u', 'u.id', 'm.serialUnitId')
    .where('m.kind', '=', 'take_back')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('stockMovements as later')
            .select('later.id')
            .whereRef('later.serialUnitId', '=', 'm.serialUnitId')
            .where('later.kind', '=', 'take_back')
            .whereRef('later.occurredAt', '>', 'm.occurredAt'),
        ),
      ),
    );
}

/** Joining on "the id of the unit's latest take-back" makes the units the outer loop on both databases. */
function byUnits(db: Kysely<Database>) {
  return db.selectFrom('serialUnits as u').innerJoin('stockMovements as m', (join) =>
    join.on((eb) =>
      eb(
        'm.id',
        '=',
        eb
          .selectFrom('stockMovements as latest')
          .select('latest.id')
          .whereRef('latest.serialUnitId', '=', 'u.id')
          .where('latest.kind', '=', 'take_back')
          .orderBy('latest.occurredAt', 'desc')
          .orderBy('latest.id', 'desc')
          .limit(1),
      ),
    ),
  );
}

async function countNeedingRepair(db: Kysely<Database>, query: QueueQuery): Promise<number> {
  let units = db.selectFrom('serialUnits as u').where('u.status', '=', 'needs_repair');
  if (query.depotId) units = units.where('u.depotId', '=', query.depotId);
  if (query.q) units = units.where(sql<boolean>`${byCodePoint(db, 'u.serial')} like ${likePrefix(query.q)} escape '\\'`);
  return exactCount(units);
}
