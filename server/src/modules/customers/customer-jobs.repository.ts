import type { Kysely } from 'kysely';
import type { CustomerJob, Page } from '@contract';
import type { Database } from '../../db/database';
import { decodeCursor, encodeCursor } from '../../shared/cursor';

/**
 * A customer's jobs, newest planned first, then the undated ones (newest id first): two keyset
 * reads over the jobs_customer_planned index, because NULLs sort differently in SQLite and PostgreSQL.
 */
export async function listCustomerJobs(
  db: Kysely<Database>,
  customerId: string,
  query: { limit: number; cursor?: string },
): Promise<Page<CustomerJob>> {
  const after = query.cursor
    ? (decodeCursor(query.cursor, ['nullableString', 'string']) as [string | null, string])
    : null;
  const want = query.limit + 1;
  const base = db
    .selectFrom('jobs')
    .leftJoin('users as manager', 'manager.id', 'jobs.managerId')
    .leftJoin('sites', 'sites.id', 'jobs.siteId')
    .select([
      'jobs.id',
      'jobs.number',
      'jobs.status',
      'jobs.plannedStart',
      'jobs.description',
      'manager.displayName as managerName',
      'sites.city as siteCity',
    ])
    .where('jobs.customerId', '=', customerId);

  const rows = [];
  if (!after || after[0] !== null) {
    let dated = base.where('jobs.plannedStart', 'is not', null);
    if (after) dated = dated.where((eb) => eb(eb.refTuple('jobs.plannedStart', 'jobs.id'), '<', eb.tuple(after[0]!, after[1])));
    rows.push(...(await dated.orderBy('jobs.plannedStart', 'desc').orderBy('jobs.id', 'desc').limit(want).execute()));
  }
  if (rows.length < want) {
    let undated = base.where('jobs.plannedStart', 'is', null);
    if (after && after[0] === null) undated = undated.where('jobs.id', '<', after[1]);
    rows.push(...(await undated.orderBy('jobs.id', 'desc').limit(want - rows.length).execute()));
  }

  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const counted = await db
    .selectFrom('jobs')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('customerId', '=', customerId)
    .executeTakeFirstOrThrow();
  return {
    // The rows are CustomerJob already: the select names exactly its fields.
    items,
    total: Number(counted.n),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.plannedStart, last.id]) : null,
  };
}
