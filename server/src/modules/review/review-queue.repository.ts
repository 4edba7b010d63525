import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Page, ReviewCount, ReviewNeighbours, ReviewQueueItem, ReviewQueueQuery, Signer } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { blockTotal, decodeCountedCursor, encodeCountedCursor, exactCount } from '../../shared/list-total';
import { likePrefix } from '../../shared/text';
import { notFound } from '../../shared/errors';

type Db = Kysely<Database>;
type QueueQuery = z.output<typeof ReviewQueueQuery>;
type QueueFilters = Omit<QueueQuery, 'limit' | 'cursor'>;
type JobsQuery = SelectQueryBuilder<Database, 'jobs', object>;
/** Position in the queue: [completedAt (null sorts last), id]. */
type QueueKey = [string | null, string];

const SIGNERS: Signer[] = ['customer', 'technician'];

const ROW_COLUMNS = [
  'jobs.id',
  'jobs.number',
  'jobs.customerId',
  'jobs.siteId',
  'jobs.managerId',
  'jobs.completedAt',
  'jobs.updatedAt',
  'jobs.workedSeconds',
  'jobs.plannedStart',
  'jobs.plannedEnd',
  'jobs.openReserves',
  'jobs.totalExclTaxCents',
  'jobs.currency',
  'jobs.version',
] as const;

/**
 * Returned jobs waiting for review: status completed, on the `jobs_completed (status, completed_at,
 * id)` index. Filters are conditions on that range or `in`/`exists` probes of indexed side tables
 * (technicians, signatures), so nothing reads every job. A count of open reserves or of a number
 * prefix over the whole queue (`onQueueIndex`) reads the partial index `jobs_review_queue` instead
 * (migration 0021: only the queue, with the columns those filters test), so it reads no job row; the
 * status is then a literal, since a bound parameter does not match a partial index's condition. The
 * blocks and the other counts keep the parameter: a customer's or a technician's few jobs are found
 * faster from their own indexes.
 */
function queueJobs(db: Db, filters: QueueFilters, onQueueIndex = false): JobsQuery {
  let query: JobsQuery = onQueueIndex
    ? db.selectFrom('jobs').where(sql<boolean>`${sql.ref('jobs.status')} = 'completed'`)
    : db.selectFrom('jobs').where('jobs.status', '=', 'completed');
  if (filters.customerId) query = query.where('jobs.customerId', '=', filters.customerId);
  if (filters.hasOpenReserves) query = query.where('jobs.openReserves', '>', 0);
  const technicianId = filters.technicianId;
  if (technicianId) {
    query = query.where('jobs.id', 'in', (eb) =>
      eb.selectFrom('jobTechnicians').select('jobTechnicians.jobId').where('jobTechnicians.userId', '=', technicianId),
    );
  }
  if (filters.takeBacksToCheck) query = query.where('jobs.id', 'in', (eb) => openDiscrepancies(eb).select('takeBacks.jobId'));
  if (filters.missingSignatures) {
    query = query.where((eb) => eb.or(SIGNERS.map((signer) => eb.not(eb.exists(signatureOf(eb, signer))))));
  }
  const prefix = filters.q?.trim();
  if (prefix) query = query.where(sql<boolean>`${sql.ref('jobs.number')} like ${likePrefix(prefix.toUpperCase())} escape '\\'`);
  return query;
}

/**
 * Take-backs of a serial recorded somewhere else not settled yet: the exact condition of the partial
 * index take_backs_open_discrepancies (migration 0016), so the probe reads only what is open.
 */
const openDiscrepancies = (eb: Pick<ExpressionBuilder<Database, never>, 'selectFrom'>) =>
  eb.selectFrom('takeBacks').where('takeBacks.recordedPlace', 'is not', null).where('takeBacks.resolution', 'is', null);

const signatureOf = (eb: ExpressionBuilder<Database, 'jobs'>, signer: Signer) =>
  eb.selectFrom('signatures').select('signatures.id').whereRef('signatures.jobId', '=', 'jobs.id').where('signatures.signer', '=', signer);

/**
 * Rows after `after` in queue order, up to `limit`: dated rows by (completedAt, id), then rows
 * without a completion time by id (NULLs sort differently in SQLite and PostgreSQL, and the two
 * ranges each stay on the index).
 */
async function rowsAfter(query: JobsQuery, after: QueueKey | undefined, limit: number, dir: 'asc' | 'desc' = 'asc') {
  const select = () => query.select([...ROW_COLUMNS]);
  const dated = (from: QueueKey | undefined) => {
    let q = select().where('jobs.completedAt', 'is not', null);
    if (from && from[0] !== null) {
      q = q.where(sql<boolean>`(${sql.ref('jobs.completedAt')}, ${sql.ref('jobs.id')}) ${sql.raw(dir === 'asc' ? '>' : '<')} (${from[0]}, ${from[1]})`);
    }
    return q.orderBy('jobs.completedAt', dir).orderBy('jobs.id', dir).limit(limit);
  };
  const undated = (from: QueueKey | undefined) => {
    let q = select().where('jobs.completedAt', 'is', null);
    if (from && from[0] === null) q = q.where('jobs.id', dir === 'asc' ? '>' : '<', from[1]);
    return q.orderBy('jobs.id', dir).limit(limit);
  };
  // Ascending: dated first, then undated. Descending (looking back): undated first, then dated.
  const [first, second] = dir === 'asc' ? [dated, undated] : [undated, dated];
  const firstIsAfterRange = after !== undefined && (dir === 'asc' ? after[0] === null : after[0] !== null);
  const rows = firstIsAfterRange ? [] : await first(after).execute();
  if (rows.length < limit) rows.push(...(await second(firstIsAfterRange ? after : undefined).limit(limit - rows.length).execute()));
  return rows;
}

type QueueRow = Awaited<ReturnType<typeof rowsAfter>>[number];

/** A block of the queue; the total is counted with the first block and carried by the cursors after it. */
export async function listReviewQueue(db: Db, query: QueueQuery): Promise<Page<ReviewQueueItem>> {
  const cursor = query.cursor ? decodeCountedCursor(query.cursor, ['nullableString', 'string']) : undefined;
  const rows = await rowsAfter(queueJobs(db, query), cursor?.key as QueueKey | undefined, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const onQueueIndex = Boolean((query.hasOpenReserves || query.q) && !query.customerId && !query.technicianId);
  const total = await blockTotal(cursor?.total, () => exactCount(queueJobs(db, query, onQueueIndex)));
  return {
    items: await toQueueItems(db, page),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCountedCursor([last.completedAt, last.id], total) : null,
  };
}

export async function reviewCount(db: Db): Promise<ReviewCount> {
  const count = async (filters: QueueFilters) => Number((await queueJobs(db, filters).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const [all, takeBacksToCheck] = await Promise.all([count({}), count({ takeBacksToCheck: 'true' })]);
  return { count: all, takeBacksToCheck };
}

/**
 * The jobs before and after this one in queue order (unfiltered), also for a job that just left
 * the queue (validated keeps its completion time, so "next" still follows it).
 */
export async function reviewNeighbours(db: Db, number: string): Promise<ReviewNeighbours> {
  const job = await db.selectFrom('jobs').select(['id', 'status', 'completedAt']).where('number', '=', number).executeTakeFirst();
  if (!job) throw notFound('This job');
  const queue = queueJobs(db, {});
  // A reopened job has no completion time: the queue starts over from its first job.
  if (job.completedAt === null && job.status !== 'completed') {
    const [first] = await rowsAfter(queue, undefined, 1, 'asc');
    return { previous: null, next: first?.number ?? null };
  }
  const key: QueueKey = [job.completedAt, job.id];
  const [previous] = await rowsAfter(queue, key, 1, 'desc');
  const [next] = await rowsAfter(queue, key, 1, 'asc');
  return { previous: previous?.number ?? null, next: next?.number ?? null };
}

async function namesById(db: Db, table: 'customers' | 'users', ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  if (table === 'customers') {
    return new Map((await db.selectFrom('customers').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => [r.id, r.name]));
  }
  return new Map((await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', ids).execute()).map((r) => [r.id, r.displayName]));
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/** Names, cities and signatures read by primary key for the whole page (a few small queries). */
async function toQueueItems(db: Db, rows: QueueRow[]): Promise<ReviewQueueItem[]> {
  if (rows.length === 0) return [];
  const siteIds = unique(rows.map((r) => r.siteId));
  const jobIds = rows.map((r) => r.id);
  const [customers, managers, sites, signatures, discrepancies] = await Promise.all([
    namesById(db, 'customers', unique(rows.map((r) => r.customerId))),
    namesById(db, 'users', unique(rows.map((r) => r.managerId))),
    siteIds.length ? db.selectFrom('sites').select(['id', 'city']).where('id', 'in', siteIds).execute() : Promise.resolve([]),
    db.selectFrom('signatures').select(['jobId', 'signer']).where('jobId', 'in', jobIds).execute(),
    openDiscrepancies(db).select('takeBacks.jobId').where('takeBacks.jobId', 'in', jobIds).execute(),
  ]);
  const cities = new Map(sites.map((s) => [s.id, s.city]));
  const signed = new Set(signatures.map((s) => `${s.jobId}:${s.signer}`));
  const toCheck = new Map<string, number>();
  for (const d of discrepancies) toCheck.set(d.jobId, (toCheck.get(d.jobId) ?? 0) + 1);
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    customerName: customers.get(r.customerId) ?? '',
    siteCity: r.siteId ? (cities.get(r.siteId) ?? null) : null,
    managerName: r.managerId ? (managers.get(r.managerId) ?? null) : null,
    // A job ended before completion times were kept shows its last change instead.
    completedAt: r.completedAt ?? r.updatedAt,
    workedSeconds: Number(r.workedSeconds),
    plannedSeconds: r.plannedStart && r.plannedEnd ? Math.round((Date.parse(r.plannedEnd) - Date.parse(r.plannedStart)) / 1000) : null,
    openReserves: Number(r.openReserves),
    missingSignatures: SIGNERS.filter((signer) => !signed.has(`${r.id}:${signer}`)),
    openTakeBackDiscrepancies: toCheck.get(r.id) ?? 0,
    totalExclTaxCents: Number(r.totalExclTaxCents),
    currency: r.currency,
    version: Number(r.version),
  }));
}
