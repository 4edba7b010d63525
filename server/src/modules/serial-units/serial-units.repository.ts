import { sql, type Kysely } from 'kysely';
import type { Page, SerialUnit, SerialUnitDetail, SerialUnitEvent, SerialUnitQuery, UnitReportedElsewhere } from '@contract';
import type { z } from 'zod';
import type { Database, SerialUnitStatus } from '../../db/database';
import { keysetPage } from '../../shared/cursor';
import { afterCountedTextKey, blockTotal, cappedCount, decodeCountedCursor } from '../../shared/list-total';
import { byCodePoint } from '../../shared/dialect';
import { likePrefix } from '../../shared/text';
import { ITEM_REF_COLUMNS, toItemRef } from '../catalog';
import { readNote } from '../depots';

type ListQuery = z.output<typeof SerialUnitQuery>;

/** Serial units with what a user reads next to them: item and family, depot, customer, site, last job. */
export function unitRows(db: Kysely<Database>) {
  return db
    .selectFrom('serialUnits as u')
    .innerJoin('catalogItems as i', 'i.id', 'u.itemId')
    .innerJoin('catalogFamilies as f', 'f.id', 'i.familyId')
    .leftJoin('depots as d', 'd.id', 'u.depotId')
    .leftJoin('customers as c', 'c.id', 'u.customerId')
    .leftJoin('sites as s', 's.id', 'u.siteId')
    .leftJoin('jobs as j', 'j.id', 'u.lastJobId')
    .select([
      'u.id',
      'u.serial',
      'u.status',
      'u.updatedAt',
      'u.version',
      'u.itemId',
      ...ITEM_REF_COLUMNS,
      'u.depotId',
      'd.name as depotName',
      'd.kind as depotKind',
      'u.customerId',
      'c.name as customerName',
      'u.siteId',
      's.name as siteName',
      's.city as siteCity',
      'u.lastJobId',
      'j.number as jobNumber',
    ]);
}

type UnitRow = Awaited<ReturnType<ReturnType<typeof unitRows>['execute']>>[number];

export function toSerialUnit(row: UnitRow): SerialUnit {
  return {
    id: row.id,
    serial: row.serial,
    status: row.status,
    item: toItemRef(row),
    depot: row.depotId && row.depotName && row.depotKind ? { id: row.depotId, name: row.depotName, kind: row.depotKind } : null,
    customer: row.customerId && row.customerName ? { id: row.customerId, name: row.customerName } : null,
    site: row.siteId && row.siteName ? { id: row.siteId, name: row.siteName, city: row.siteCity ?? '' } : null,
    lastJob: row.lastJobId && row.jobNumber ? { id: row.lastJobId, number: row.jobNumber } : null,
    updatedAt: row.updatedAt,
    version: Number(row.version),
  };
}

export async function findUnit(db: Kysely<Database>, id: string): Promise<SerialUnit | undefined> {
  const row = await unitRows(db).where('u.id', '=', id).executeTakeFirst();
  return row ? toSerialUnit(row) : undefined;
}

export async function findUnitDetail(db: Kysely<Database>, id: string): Promise<SerialUnitDetail | undefined> {
  const unit = await findUnit(db, id);
  return unit ? { ...unit, history: await unitHistory(db, id), reportedElsewhere: (await reportsElsewhere(db, [id])).get(id) ?? null } : undefined;
}

/** Every unit carrying this serial (one per item at most), each with its history; item reference order. */
export async function findUnitsBySerial(db: Kysely<Database>, serial: string): Promise<SerialUnitDetail[]> {
  const rows = await unitRows(db).where('u.serial', '=', serial).orderBy('i.reference').orderBy('u.id').execute();
  const reports = await reportsElsewhere(db, rows.map((r) => r.id));
  return Promise.all(rows.map(async (row) => ({ ...toSerialUnit(row), history: await unitHistory(db, row.id), reportedElsewhere: reports.get(row.id) ?? null })));
}

/**
 * The take-backs that found these units somewhere other than their record and have not moved them
 * yet (issue 14 §1): open, or confirmed on a job that has not ended. Index take_backs_unit.
 */
export async function reportsElsewhere(db: Kysely<Database>, unitIds: string[]): Promise<Map<string, UnitReportedElsewhere>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('takeBacks as t')
    .innerJoin('jobs as j', 'j.id', 't.jobId')
    .innerJoin('customers as c', 'c.id', 'j.customerId')
    .select(['t.id', 't.serialUnitId', 't.jobId', 'j.number', 'j.customerId', 'c.name as customerName', 't.createdAt', 't.resolution'])
    .where('t.serialUnitId', 'in', unitIds)
    .where('t.recordedPlace', 'is not', null)
    .where('t.settledAt', 'is', null)
    .where((eb) => eb.or([eb('t.resolution', 'is', null), eb('t.resolution', '=', 'confirmed')]))
    .where('j.status', '!=', 'cancelled')
    .orderBy('t.createdAt')
    .execute();
  return new Map(
    rows.map((r) => [
      r.serialUnitId!,
      { takeBackId: r.id, job: { id: r.jobId, number: r.number }, takenBackAt: { id: r.customerId, name: r.customerName }, reportedAt: r.createdAt, confirmed: r.resolution === 'confirmed' },
    ]),
  );
}

/** Every movement of a unit, oldest first, with who did it and where it went (index serial_unit_id, occurred_at). */
export async function unitHistory(db: Kysely<Database>, unitId: string): Promise<SerialUnitEvent[]> {
  const rows = await db
    .selectFrom('stockMovements as m')
    .leftJoin('users as a', 'a.id', 'm.actorId')
    .leftJoin('depots as fd', 'fd.id', 'm.fromDepotId')
    .leftJoin('depots as td', 'td.id', 'm.toDepotId')
    .leftJoin('customers as c', 'c.id', 'm.customerId')
    .leftJoin('jobs as j', 'j.id', 'm.jobId')
    .select([
      'm.id',
      'm.kind',
      'm.occurredAt',
      'm.actorId',
      'a.displayName as actorName',
      'm.fromDepotId',
      'fd.name as fromDepotName',
      'm.toDepotId',
      'td.name as toDepotName',
      'm.customerId',
      'c.name as customerName',
      'm.jobId',
      'j.number as jobNumber',
      'm.statusAfter',
      'm.note',
      'm.noteKey',
      'm.noteParams',
    ])
    .where('m.serialUnitId', '=', unitId)
    .orderBy('m.occurredAt')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    occurredAt: r.occurredAt,
    actor: r.actorId && r.actorName ? { id: r.actorId, displayName: r.actorName } : null,
    fromDepot: r.fromDepotId && r.fromDepotName ? { id: r.fromDepotId, name: r.fromDepotName } : null,
    toDepot: r.toDepotId && r.toDepotName ? { id: r.toDepotId, name: r.toDepotName } : null,
    customer: r.customerId && r.customerName ? { id: r.customerId, name: r.customerName } : null,
    job: r.jobId && r.jobNumber ? { id: r.jobId, number: r.jobNumber } : null,
    statusAfter: (r.statusAfter as SerialUnitStatus | null) ?? null,
    ...readNote(r),
  }));
}

/**
 * Units by serial (prefix, so the exact serial comes first), optionally within a depot, a status,
 * a customer or an item. Keyset on (serial by code point, id): each filter has an index leading
 * with it and continuing with (serial, id) (migration 0005), so a page reads about `limit` rows.
 * The first block counts at most TOTAL_CAP + 1 units; next blocks carry that total in their cursor.
 */
export async function listUnits(db: Kysely<Database>, query: ListQuery): Promise<Page<SerialUnit>> {
  const serial = byCodePoint(db, 'u.serial');
  let filtered = db.selectFrom('serialUnits as u');
  if (query.serial) filtered = filtered.where(sql<boolean>`${serial} like ${likePrefix(query.serial)} escape '\\'`);
  if (query.status) filtered = filtered.where('u.status', '=', query.status);
  if (query.depotId) filtered = filtered.where('u.depotId', '=', query.depotId);
  if (query.customerId) filtered = filtered.where('u.customerId', '=', query.customerId);
  if (query.itemId) filtered = filtered.where('u.itemId', '=', query.itemId);

  let keys = filtered.select(['u.id', 'u.serial']);
  const cursor = query.cursor ? decodeCountedCursor(query.cursor, ['string', 'string']) : undefined;
  if (cursor) keys = keys.where(afterCountedTextKey(serial, 'u.id', cursor.key));
  const page = await keys.orderBy(serial).orderBy('u.id').limit(query.limit + 1).execute();
  const total = await blockTotal(cursor?.total, () => cappedCount(db, filtered));
  const { items, nextCursor } = keysetPage(page, query.limit, (last) => [last.serial, last.id, total]);
  return {
    items: await unitsInOrder(db, items.map((r) => r.id)),
    total,
    nextCursor,
  };
}

/** The units of these ids, in the order given (one primary-key lookup each, joined with their names). */
export async function unitsInOrder(db: Kysely<Database>, ids: string[]): Promise<SerialUnit[]> {
  if (ids.length === 0) return [];
  const rows = await unitRows(db).where('u.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, toSerialUnit(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
