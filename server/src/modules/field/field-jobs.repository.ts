import { sql, type Kysely } from 'kysely';
import {
  FIELD_RECENTLY_CLOSED_DAYS,
  type FieldJobListQuery,
  type FieldJobPage,
  type JobStatus,
  type TechnicianRole,
} from '@contract';
import type { Database } from '../../db/database';
import { decodeCursor, keysetPage } from '../../shared/cursor';
import { hiddenFromTechnicians } from './field-job-access';

const IN_PROGRESS: JobStatus[] = ['started', 'paused'];
/** `plannedStart` absent (a job created in the app without a date) sorts after every dated job. */
const UNDATED = '9999-12-31T23:59:59.999Z';

type ListQuery = { limit: number; cursor?: string } & Omit<FieldJobListQuery, 'limit' | 'cursor'>;

/**
 * The caller's jobs, soonest first (keyset over [plannedStart, id]). Default window: jobs planned
 * to end today or later (or undated) and every job in progress. Jobs in the pool or in draft never
 * appear (dispatch has not confirmed them); cancelled jobs only for FIELD_RECENTLY_CLOSED_DAYS days
 * after the cancellation (their last change), so the technician sees why a job left the day.
 */
export async function listFieldJobs(db: Kysely<Database>, userId: string, query: ListQuery, now = new Date()): Promise<FieldJobPage> {
  const startOfToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString();
  const cancelledSince = new Date(now.getTime() - FIELD_RECENTLY_CLOSED_DAYS * 86_400_000).toISOString();
  const from = query.from ?? startOfToday;
  const statuses = query.status === undefined ? undefined : [query.status].flat();
  const sortKey = sql<string>`coalesce(jobs.planned_start, ${UNDATED})`;

  let base = db
    .selectFrom('jobTechnicians')
    .innerJoin('jobs', 'jobs.id', 'jobTechnicians.jobId')
    .where('jobTechnicians.userId', '=', userId)
    .where('jobs.status', 'not in', [...hiddenFromTechnicians])
    .where((eb) => eb.or([eb('jobs.status', '!=', 'cancelled'), eb('jobs.updatedAt', '>=', cancelledSince)]))
    .where((eb) => {
      const inWindow = [eb(sql<string>`coalesce(jobs.planned_end, jobs.planned_start, ${UNDATED})`, '>=', from)];
      if (query.to !== undefined) inWindow.push(eb(sortKey, '<', query.to));
      return eb.or([eb('jobs.status', 'in', IN_PROGRESS), eb.and(inWindow)]);
    });
  if (statuses) base = base.where('jobs.status', 'in', statuses);

  const totalRow = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  let page = base.select([
    'jobs.id',
    'jobs.number',
    'jobs.status',
    'jobs.plannedStart',
    'jobs.plannedEnd',
    'jobs.customerId',
    'jobs.siteId',
    'jobs.version',
    'jobTechnicians.role as myRole',
    sortKey.as('sortKey'),
  ]);
  if (query.cursor) {
    const [key, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    page = page.where((eb) => eb.or([eb(sortKey, '>', key), eb.and([eb(sortKey, '=', key), eb('jobs.id', '>', id)])]));
  }
  const rows = await page.orderBy(sortKey).orderBy('jobs.id').limit(query.limit + 1).execute();
  const { items: shown, nextCursor } = keysetPage(rows, query.limit, (last) => [last.sortKey, last.id]);

  const customers = await namesOf(db, 'customers', shown.map((r) => r.customerId));
  const cities = await citiesOf(db, shown.flatMap((r) => (r.siteId ? [r.siteId] : [])));
  return {
    items: shown.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      plannedStart: r.plannedStart,
      plannedEnd: r.plannedEnd,
      customerName: customers.get(r.customerId) ?? '',
      siteCity: r.siteId ? (cities.get(r.siteId) ?? null) : null,
      myRole: r.myRole as TechnicianRole,
      version: r.version,
    })),
    total: Number(totalRow.n),
    nextCursor,
  };
}

async function namesOf(db: Kysely<Database>, table: 'customers', ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function citiesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('sites').select(['id', 'city']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.city]));
}
