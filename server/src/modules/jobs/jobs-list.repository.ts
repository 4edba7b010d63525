import { sql, type Kysely } from 'kysely';
import type { JobListQuery, JobSummary, Page } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { encodeCursor } from '../../shared/cursor';
import { filteredJobs, type JobFilters, type JobsQuery } from './jobs-list-filters';
import { countMatches, resolveSearch, type ResolvedSearch } from './jobs-list-search';
import { decodeKey, orderOf, type Order, type SortKey } from './jobs-list-sorting';
import { SUMMARY_COLUMNS, toSummaries, type SummaryRow } from './jobs-list-summaries';

type ListQuery = z.output<typeof JobListQuery>;

interface PageRequest {
  limit: number;
  after?: SortKey;
  offset?: number;
}

/**
 * The jobs grid: filters and view (jobs-list-filters.ts), a sort over an index, keyset pages
 * (`cursor`) or a bounded `offset` for a scrollbar jump, and the total of the filter.
 */
export async function listJobs(db: Kysely<Database>, query: ListQuery, now = new Date()): Promise<Page<JobSummary>> {
  const order = orderOf(query);
  const after = query.cursor ? decodeKey(query.cursor, order) : undefined;
  const search = await resolveSearch(db, query.q);
  const page = await readJobPage(db, query, search, order, { limit: query.limit, after, offset: after ? undefined : query.offset }, now);
  return { items: await toSummaries(db, page.rows), total: await countJobs(db, query, search, now), nextCursor: page.next ? encodeCursor(page.next) : null };
}

const OTHER_FILTERS = ['status', 'technicianId', 'customerId', 'from', 'to', 'hasOpenReserves', 'view'] as const;

/**
 * The total of the filter. A search matching many jobs is estimated: the share of the newest jobs
 * it matched times the total without it (counting 270,000 matches of a common word would hold the
 * server longer than the whole page).
 */
async function countJobs(db: Kysely<Database>, filters: JobFilters, search: ResolvedSearch | undefined, now: Date): Promise<number> {
  if (search?.kind === 'many') return Math.round(search.share! * (await countFiltered(db, filters, now, undefined)));
  if (search && OTHER_FILTERS.every((f) => filters[f] === undefined)) return countMatches(db, search);
  return countFiltered(db, filters, now, search);
}

async function countFiltered(db: Kysely<Database>, filters: JobFilters, now: Date, search: ResolvedSearch | undefined): Promise<number> {
  return Number((await filteredJobs(db, filters, now, search).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

/** Every job of the filter in the grid's order, read a keyset page at a time (the CSV export). */
export async function* allJobs(db: Kysely<Database>, filters: JobFilters, batch = 500, now = new Date()): AsyncGenerator<JobSummary> {
  const order = orderOf(filters);
  const search = await resolveSearch(db, filters.q);
  let after: SortKey | undefined;
  do {
    const page = await readJobPage(db, filters, search, order, { limit: batch, after }, now);
    for (const summary of await toSummaries(db, page.rows)) yield summary;
    after = page.next ?? undefined;
  } while (after);
}

const keyOf = (row: SummaryRow, order: Order): SortKey => {
  const value = order.sort === 'number' ? Number(row.seq) : (row[order.column.slice('jobs.'.length) as keyof SummaryRow] as string | null);
  return [value, row.id];
};

/**
 * One page in `order`. A nullable sort reads its dated rows, then its undated ones (by id, same
 * direction) as a second keyset range: NULLs sort differently in SQLite and PostgreSQL, and
 * `is null` / `is not null` ranges both stay on the sort's index.
 */
async function readJobPage(db: Kysely<Database>, filters: JobFilters, search: ResolvedSearch | undefined, order: Order, request: PageRequest, now: Date) {
  const want = request.limit + 1;
  const base = selectRows(filteredJobs(db, filters, now, search));
  const rows: SummaryRow[] = [];
  if (!order.nullable) {
    rows.push(...(await ordered(keyset(base, order, request.after), order, want, request.offset).execute()));
  } else {
    let undatedOffset = request.offset ?? 0;
    const afterUndated = request.after !== undefined && request.after[0] === null;
    if (!afterUndated) {
      let datedOffset = 0;
      if (request.offset) {
        const dated = await filteredJobs(db, filters, now, search)
          .where(order.column, 'is not', null)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        datedOffset = Math.min(request.offset, Number(dated.n));
        undatedOffset = request.offset - datedOffset;
      }
      const dated = keyset(base.where(order.column, 'is not', null), order, request.after);
      rows.push(...(await ordered(dated, order, want, datedOffset).execute()));
    }
    if (rows.length < want) {
      let undated = base.where(order.column, 'is', null);
      if (afterUndated) undated = undated.where('jobs.id', order.dir === 'asc' ? '>' : '<', request.after![1]);
      const byId = undated.orderBy('jobs.id', order.dir).limit(want - rows.length);
      rows.push(...(await (undatedOffset ? byId.offset(undatedOffset) : byId).execute()));
    }
  }
  const more = rows.length > request.limit;
  const items = rows.slice(0, request.limit);
  const last = items.at(-1);
  return { rows: items, next: more && last ? keyOf(last, order) : null };
}

type RowsQuery = ReturnType<typeof selectRows>;
const selectRows = (query: JobsQuery) => query.select([...SUMMARY_COLUMNS]);

function keyset(query: RowsQuery, order: Order, after: SortKey | undefined): RowsQuery {
  if (!after || after[0] === null) return query;
  const comparison = sql.raw(order.dir === 'asc' ? '>' : '<');
  return query.where(sql<boolean>`(${sql.ref(order.column)}, ${sql.ref('jobs.id')}) ${comparison} (${after[0]}, ${after[1]})`);
}

function ordered(query: RowsQuery, order: Order, limit: number, offset?: number) {
  const sorted = query.orderBy(order.column, order.dir).orderBy('jobs.id', order.dir).limit(limit);
  return offset ? sorted.offset(offset) : sorted;
}
