import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import { closedStatuses, type JobListFilters, type JobListView, type JobStatus, jobStatuses } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { byCodePoint } from '../../shared/dialect';
import { likePrefix, searchForm } from '../../shared/text';
import { searchTermsOf } from '../../platform/job-search-terms';

export type JobFilters = z.output<typeof JobListFilters>;
export type JobsQuery = SelectQueryBuilder<Database, 'jobs', object>;

const DAY_MS = 86_400_000;
/** Statuses whose planned end may still be overdue ("late"). */
const UNFINISHED: JobStatus[] = jobStatuses.filter((s) => !closedStatuses.includes(s) && s !== 'completed');

/** The UTC day around `now`: the `today` view is the server's day in UTC, whatever the caller's zone. */
export function utcDay(now: Date): { start: string; end: string } {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { start: new Date(start).toISOString(), end: new Date(start + DAY_MS).toISOString() };
}

/**
 * The jobs matching the grid's filters and view. Each condition is an index range or an `id in`
 * of an indexed side read (technicians, search words, customer names), so no filter reads every job.
 * `from` is where the jobs come from (a few given jobs, to check them against the filter).
 */
export function filteredJobs(db: Kysely<Database>, filters: JobFilters, now: Date, from: JobsQuery = db.selectFrom('jobs')): JobsQuery {
  let query: JobsQuery = from;
  if (filters.view) query = withView(query, filters.view, now);
  if (filters.status) query = query.where('jobs.status', 'in', filters.status);
  if (filters.customerId) query = query.where('jobs.customerId', '=', filters.customerId);
  if (filters.from) query = query.where('jobs.plannedStart', '>=', filters.from);
  if (filters.to) query = query.where('jobs.plannedStart', '<', filters.to);
  if (filters.hasOpenReserves) query = query.where('jobs.openReserves', '>', 0);
  const technicianId = filters.technicianId;
  if (technicianId) {
    query = query.where('jobs.id', 'in', (eb) =>
      eb
        .selectFrom('jobTechnicians')
        .select('jobTechnicians.jobId as id')
        .where('jobTechnicians.userId', '=', technicianId)
        .union(eb.selectFrom('jobs as managed').select('managed.id').where('managed.managerId', '=', technicianId)),
    );
  }
  const text = filters.q?.trim();
  if (text) query = query.where('jobs.id', 'in', (eb) => textMatches(db, eb, text));
  return query;
}

function withView(query: JobsQuery, view: JobListView, now: Date): JobsQuery {
  switch (view) {
    case 'today': {
      const day = utcDay(now);
      return query.where('jobs.plannedStart', '>=', day.start).where('jobs.plannedStart', '<', day.end);
    }
    case 'pool':
      return query.where('jobs.status', '=', 'created');
    case 'drafts':
      return query.where('jobs.status', '=', 'draft');
    case 'declined':
      return query.where('jobs.status', '=', 'created').where('jobs.declinedAt', 'is not', null);
    case 'late':
      return query.where('jobs.status', 'in', UNFINISHED).where('jobs.plannedEnd', '<', now.toISOString());
    case 'awaiting_review':
      return query.where('jobs.status', '=', 'completed');
  }
}

/**
 * Jobs whose number starts with the text, whose customer's name starts with it, or whose
 * description has a word starting with each word of it ("chaud fuite" finds "Fuite sur chaudière").
 */
function textMatches(db: Kysely<Database>, eb: ExpressionBuilder<Database, 'jobs'>, text: string) {
  const byNumber = eb
    .selectFrom('jobs as numbered')
    .select('numbered.id')
    .where(sql<boolean>`${sql.ref('numbered.number')} like ${likePrefix(text.toUpperCase())} escape '\\'`);
  const name = searchForm(text);
  const byCustomer = eb
    .selectFrom('jobs as ofCustomer')
    .select('ofCustomer.id')
    .where('ofCustomer.customerId', 'in', (inner) =>
      inner
        .selectFrom('customers')
        .select('customers.id')
        .where(sql<boolean>`${byCodePoint(db, 'customers.searchName')} like ${likePrefix(name)} escape '\\'`),
    );
  const words = searchTermsOf(text);
  if (words.length === 0) return byNumber.union(byCustomer);
  return byNumber.union(byCustomer).union(descriptionMatches(eb, words));
}

/** Every word must prefix one of the job's terms: nested `in`s (portable, unlike INTERSECT's precedence). */
function descriptionMatches(eb: ExpressionBuilder<Database, 'jobs'>, words: string[]) {
  const [first, ...rest] = words;
  let query = eb
    .selectFrom('jobSearchTerms as t0')
    .select('t0.jobId as id')
    .where('t0.term', 'like', likePrefixLiteral(first!));
  rest.forEach((word, i) => {
    const alias = `t${i + 1}` as 't1';
    query = query.where('t0.jobId', 'in', (inner) =>
      inner.selectFrom(`jobSearchTerms as ${alias}`).select(`${alias}.jobId`).where(`${alias}.term`, 'like', likePrefixLiteral(word)),
    );
  });
  return query;
}

/** Terms hold letters and digits only, so the prefix has no LIKE wildcard to escape. */
const likePrefixLiteral = (word: string) => `${word}%`;
