import { sql, type Kysely } from 'kysely';
import type { GridPage, JobListQuery, JobSummary } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { countUpTo } from '../../shared/count-up-to';
import { encodeCursor } from '../../shared/cursor';
import { filteredJobs, type JobFilters, type JobsQuery, type SearchedFilters } from './jobs-list-filters';
import { resolveSearch } from './jobs-list-search';
import { isUnfiltered, positionsOf, roundToTwoDigits, type JobPositions } from './job-positions';
import { decodeKey, orderOf, type Order, type SortKey } from './jobs-list-sorting';
import { SUMMARY_COLUMNS, toSummaries, type SummaryRow } from './jobs-list-summaries';

type ListQuery = z.output<typeof JobListQuery>;

interface PageRequest {
  limit: number;
  /** The key rows start after (or at, when `inclusive`): a cursor, or the anchor of a deep jump. */
  after?: SortKey;
  inclusive?: boolean;
  /** Rows skipped after that: a short scrollbar jump, or the way from a deep jump's anchor. */
  skip?: number;
}

/**
 * The jobs grid: filters and view (jobs-list-filters.ts), a sort over an index, keyset pages
 * (`cursor`) or a scrollbar jump (`offset`: exact when short, from the sort's sample when deep,
 * see JobPositions), and — on the first block only — the total of the filter: counted up to
 * `exactUpTo` rows, estimated beyond.
 */
export async function listJobs(db: Kysely<Database>, query: ListQuery, positions = positionsOf(db), now = new Date()): Promise<GridPage<JobSummary>> {
  const order = orderOf(query);
  const filters: SearchedFilters = { ...query, search: await resolveSearch(db, query.q) };
  const request = await pageRequest(db, query, filters, order, positions, now);
  let page = await readJobPage(db, filters, order, request, now);
  // A deep jump past the end (the list shrank, or the estimate was high) shows the list's last rows.
  if (query.offset && !query.cursor && page.rows.length === 0) page = await readLastRows(db, filters, order, query.limit, now);
  const first = !query.cursor && !query.offset;
  const total = first ? await totalOf(db, filters, order, positions, now) : { total: null, totalIsEstimate: false };
  return { items: await toSummaries(db, page.rows), ...total, nextCursor: page.next ? encodeCursor(page.next) : null };
}

async function pageRequest(db: Kysely<Database>, query: ListQuery, filters: SearchedFilters, order: Order, positions: JobPositions, now: Date): Promise<PageRequest> {
  const { limit, cursor, offset } = query;
  if (cursor) return { limit, after: decodeKey(cursor, order) };
  if (!offset || offset <= positions.options.exactOffsetUpTo) return { limit, skip: offset };
  const seek = await positions.seek(filters, order, offset, now);
  // No anchor before it (a filter matching few of them): the jump is short enough to read exactly.
  return seek ? { limit, after: seek.from, inclusive: true, skip: seek.skip } : { limit, skip: offset };
}

/**
 * Exact up to `exactUpTo` matching rows (a count that stops there), an estimate beyond. A word
 * search matching many jobs is always an estimate: the share of the newest jobs it matched times
 * the total without it (counting 270,000 matches of a common word would hold the server longer
 * than the whole page).
 */
async function totalOf(db: Kysely<Database>, filters: SearchedFilters, order: Order, positions: JobPositions, now: Date): Promise<{ total: number; totalIsEstimate: boolean }> {
  if (filters.search?.kind === 'many') {
    const without = await totalOf(db, { ...filters, q: undefined, search: undefined }, order, positions, now);
    return { total: roundToTwoDigits(Math.round(filters.search.share! * without.total)), totalIsEstimate: true };
  }
  const cap = positions.options.exactUpTo;
  // The whole table, far beyond the cap when last sampled: no need to count the first 100,000 again.
  const sampled = isUnfiltered(filters) ? positions.sampledRows(order.sort) : null;
  if (sampled !== null && sampled > 2 * cap) return { total: await positions.estimate(filters, order, now), totalIsEstimate: true };
  const counted = await countUpTo(db, filteredJobs(db, filters, now), cap + 1);
  if (counted <= cap) return { total: counted, totalIsEstimate: false };
  return { total: Math.max(await positions.estimate(filters, order, now), roundToTwoDigits(cap + 1)), totalIsEstimate: true };
}

/** Every job of the filter in the grid's order, read a keyset page at a time (the CSV export). */
export async function* allJobs(db: Kysely<Database>, query: JobFilters, batch = 500, now = new Date()): AsyncGenerator<JobSummary> {
  const filters: SearchedFilters = { ...query, search: await resolveSearch(db, query.q) };
  const order = orderOf(filters);
  let after: SortKey | undefined;
  do {
    const page = await readJobPage(db, filters, order, { limit: batch, after }, now);
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
async function readJobPage(db: Kysely<Database>, filters: SearchedFilters, order: Order, request: PageRequest, now: Date) {
  const want = request.limit + 1;
  const skip = request.skip ?? 0;
  const base = selectRows(filteredJobs(db, filters, now));
  const rows: SummaryRow[] = [];
  if (!order.nullable) {
    rows.push(...(await ordered(keyset(base, order, request), order, want, skip).execute()));
  } else {
    let undatedSkip = skip;
    const afterUndated = request.after !== undefined && request.after[0] === null;
    if (!afterUndated) {
      const dated = keyset(base.where(order.column, 'is not', null), order, request);
      rows.push(...(await ordered(dated, order, want, skip).execute()));
      // Nothing dated was left after the skip: the rest of the skip goes on into the undated rows.
      undatedSkip = rows.length > 0 || !skip ? 0 : skip - (await countUpTo(db, dated.clearSelect(), skip));
    }
    if (rows.length < want) {
      let undated = base.where(order.column, 'is', null);
      if (afterUndated) undated = undated.where('jobs.id', comparison(order, request.inclusive), request.after![1]);
      const byId = undated.orderBy('jobs.id', order.dir).limit(want - rows.length);
      rows.push(...(await (undatedSkip ? byId.offset(undatedSkip) : byId).execute()));
    }
  }
  const more = rows.length > request.limit;
  const items = rows.slice(0, request.limit);
  const last = items.at(-1);
  return { rows: items, next: more && last ? keyOf(last, order) : null };
}

/** The last `limit` rows of the list, in its order: the list read backwards, then turned round. */
async function readLastRows(db: Kysely<Database>, filters: SearchedFilters, order: Order, limit: number, now: Date) {
  const backwards: Order = { ...order, dir: order.dir === 'asc' ? 'desc' : 'asc' };
  const base = selectRows(filteredJobs(db, filters, now));
  const rows: SummaryRow[] = [];
  if (order.nullable) rows.push(...(await base.where(order.column, 'is', null).orderBy('jobs.id', backwards.dir).limit(limit).execute()));
  if (rows.length < limit) {
    const dated = order.nullable ? base.where(order.column, 'is not', null) : base;
    rows.push(...(await ordered(dated, backwards, limit - rows.length).execute()));
  }
  return { rows: rows.reverse(), next: null };
}

type RowsQuery = ReturnType<typeof selectRows>;
const selectRows = (query: JobsQuery) => query.select([...SUMMARY_COLUMNS]);

function keyset(query: RowsQuery, order: Order, { after, inclusive }: Pick<PageRequest, 'after' | 'inclusive'>): RowsQuery {
  if (!after || after[0] === null) return query;
  return query.where(sql<boolean>`(${sql.ref(order.column)}, ${sql.ref('jobs.id')}) ${sql.raw(comparison(order, inclusive))} (${after[0]}, ${after[1]})`);
}

/** Rows after a key in the order's direction; `inclusive`: from it (a deep jump starts at its anchor). */
const comparison = (order: Order, inclusive = false) => `${order.dir === 'asc' ? '>' : '<'}${inclusive ? '=' : ''}` as '>' | '<' | '>=' | '<=';

function ordered(query: RowsQuery, order: Order, limit: number, offset?: number) {
  const sorted = query.orderBy(order.column, order.dir).orderBy('jobs.id', order.dir).limit(limit);
  return offset ? sorted.offset(offset) : sorted;
}
