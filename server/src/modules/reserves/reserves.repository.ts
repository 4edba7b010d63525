import { sql, type Kysely } from 'kysely';
import type { Page, ReserveListQuery, ReserveSummary } from '@contract';
import { reserveStatuses } from '@contract/rules';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { DAY } from './reserve-weeks.rules';
import { blockTotal, decodeCountedCursor, encodeCountedCursor, exactCount } from '../../shared/list-total';
import { withReserveColumns } from '../job-report';

type Db = Kysely<Database>;
type ListQuery = z.output<typeof ReserveListQuery>;

/** `older_than_7_days` is measured from the request's time. */
const OLD_AFTER_DAYS = 7;

/**
 * The reserves of the filters; each filter has an index led by its column (0001: reserves_*), and
 * a technician's or an assignee's reserves of one status theirs (0021: reserves_*_status).
 */
function filteredReserves(db: Db, query: ListQuery, callerId: string, now: Date, purpose: 'rows' | 'count' = 'count') {
  let q = db.selectFrom('reserves');
  const statuses = new Set(query.status ?? []);
  if (query.view === 'unresolved' || query.view === 'older_than_7_days') {
    // A status filter that excludes "unresolved" leaves nothing: the view wins, the list is empty.
    if (statuses.size > 0 && !statuses.has('unresolved')) q = q.where(sql<boolean>`1 = 0`);
    q = q.where('reserves.status', '=', 'unresolved');
  } else if (statuses.size === 1 || (statuses.size > 1 && purpose === 'count')) {
    q = q.where('reserves.status', 'in', [...statuses]);
  } else if (statuses.size > 1 && statuses.size < reserveStatuses.length) {
    // Two statuses of three (all three is no filter): on the status index the rows come per status and every match would be
    // sorted (100,000 reserves: 80,000). Written as an expression, the planner walks raised_at's
    // index in order instead and stops after a block (most reserves match); the count keeps `in`.
    q = q.where(sql<boolean>`(${sql.ref('reserves.status')} || '') in (${sql.join([...statuses])})`);
  }
  if (query.view === 'older_than_7_days') q = q.where('reserves.raisedAt', '<', new Date(now.getTime() - OLD_AFTER_DAYS * DAY).toISOString());
  if (query.view === 'mine') q = q.where('reserves.assigneeId', '=', callerId);
  if (query.technicianId) q = q.where('reserves.raisedBy', '=', query.technicianId);
  if (query.customerId) q = q.where('reserves.customerId', '=', query.customerId);
  if (query.fieldId) q = q.where('reserves.fieldId', '=', query.fieldId);
  if (query.assigneeId) q = q.where('reserves.assigneeId', '=', query.assigneeId);
  if (query.jobId) q = q.where('reserves.jobId', '=', query.jobId);
  return q;
}

type FilteredReserves = ReturnType<typeof filteredReserves>;

/** The summary columns: a job report's, plus the job, the customer and the assignee; joins are primary-key lookups per row of the page. */
function withSummaryColumns(q: FilteredReserves) {
  return withReserveColumns(q)
    .innerJoin('jobs', 'jobs.id', 'reserves.jobId')
    .innerJoin('customers', 'customers.id', 'reserves.customerId')
    .leftJoin('users as assignee', 'assignee.id', 'reserves.assigneeId')
    .select(['reserves.raisedBy as raisedById', 'reserves.jobId', 'jobs.number as jobNumber', 'reserves.customerId', 'customers.name as customerName', 'assignee.displayName as assigneeName']);
}

/**
 * The triage grid: newest raised first (or oldest with `dir=asc`), keyset pages over (raised_at, id).
 * The total is counted with the first block and carried by the cursors after it.
 */
export async function listReserves(db: Db, query: ListQuery, callerId: string, now = new Date()): Promise<Page<ReserveSummary>> {
  const dir = query.dir ?? 'desc';
  let rows = withSummaryColumns(filteredReserves(db, query, callerId, now, 'rows'));
  const cursor = query.cursor ? decodeCountedCursor(query.cursor, ['string', 'string']) : undefined;
  if (cursor) {
    const [raisedAt, id] = cursor.key;
    const comparison = sql.raw(dir === 'asc' ? '>' : '<');
    rows = rows.where(sql<boolean>`(${sql.ref('reserves.raisedAt')}, ${sql.ref('reserves.id')}) ${comparison} (${raisedAt}, ${id})`);
  }
  const page = await rows
    .orderBy('reserves.raisedAt', dir)
    .orderBy('reserves.id', dir)
    .limit(query.limit + 1)
    .execute();
  const total = await blockTotal(cursor?.total, () => exactCount(filteredReserves(db, query, callerId, now)));
  const items = page.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => ({ ...r, version: Number(r.version) })),
    total,
    nextCursor: page.length > query.limit && last ? encodeCountedCursor([last.raisedAt, last.id], total) : null,
  };
}

export async function findReserveSummary(db: Db, id: string): Promise<ReserveSummary | undefined> {
  const row = await withSummaryColumns(db.selectFrom('reserves')).where('reserves.id', '=', id).executeTakeFirst();
  return row && { ...row, version: Number(row.version) };
}
