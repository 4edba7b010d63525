import type { Kysely, SelectQueryBuilder } from 'kysely';
import { closedStatuses, type JobListFilters, type JobListView, type JobStatus, jobStatuses } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { searchCondition, type ResolvedSearch } from './jobs-list-search';

export type JobFilters = z.output<typeof JobListFilters>;
export type JobsQuery = SelectQueryBuilder<Database, 'jobs', object>;
/** The grid's filters with the word search resolved: a `q` is never read without its plan (resolveSearch). */
export type SearchedFilters = JobFilters & { search: ResolvedSearch | undefined };

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
 * of an indexed side read (technicians), so no filter reads every job; the word search `q` comes
 * resolved (resolveSearch in jobs-list-search.ts), for its plan depends on how many jobs it matches.
 * `from` is where the jobs come from (a few given jobs, to check them against the filter).
 */
export function filteredJobs(db: Kysely<Database>, filters: SearchedFilters, now: Date, from: JobsQuery = db.selectFrom('jobs')): JobsQuery {
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
  if (filters.search) query = query.where(searchCondition(db, filters.search));
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
