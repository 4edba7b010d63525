import type { Params } from '@angular/router';
import { type JobListFilterValues, type JobListSort, type JobListView, jobListSorts, jobListViews, jobStatuses } from '@contract/rules';
import type { JobStatus } from '@contract';

export type SortDirection = 'asc' | 'desc';

/**
 * What the jobs grid shows. The address bar is its source (`/jobs?view=late&status=scheduled,started`):
 * the store and the grid follow it, so a link is shareable and Back restores the previous list.
 */
export interface JobQuery extends JobListFilterValues {
  view: JobListView | null;
  /** Null: the view's natural order (the server's default). */
  sort: JobListSort | null;
  dir: SortDirection | null;
}

export const defaultJobQuery: JobQuery = {
  view: null,
  status: [],
  technicianId: null,
  customerId: null,
  from: null,
  to: null,
  hasOpenReserves: false,
  q: '',
  sort: null,
  dir: null,
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  allowed.includes(value as T) ? (value as T) : null;

/** A calendar day that exists (no 2026-02-31), else null. */
export function validDay(value: unknown): string | null {
  const match = DAY.exec(text(value, 10));
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  const date = new Date(y!, m! - 1, d!);
  return date.getFullYear() === y && date.getMonth() === m! - 1 && date.getDate() === d ? match[0] : null;
}

export function statusesFrom(value: unknown): JobStatus[] {
  const picked = new Set(text(value, 200).split(','));
  return jobStatuses.filter((status) => picked.has(status));
}

/** Reads the query back from the address bar; anything malformed is dropped, never an error. */
export function queryFromParams(params: Params): JobQuery {
  const from = validDay(params['from']);
  let to = validDay(params['to']);
  if (from && to && to < from) to = null;
  const sort = oneOf(params['sort'], jobListSorts);
  const technicianId = text(params['technicianId'], 64);
  const customerId = text(params['customerId'], 64);
  return {
    view: oneOf(params['view'], jobListViews),
    status: statusesFrom(params['status']),
    technicianId: ID.test(technicianId) ? technicianId : null,
    customerId: ID.test(customerId) ? customerId : null,
    from,
    to,
    hasOpenReserves: params['hasOpenReserves'] === 'true',
    q: text(params['q'], 100),
    sort,
    dir: sort ? oneOf(params['dir'], ['asc', 'desc'] as const) : null,
  };
}

/** Defaults are written as null (dropped by the router) so the plain address stays `/jobs`. */
export function queryToParams(query: JobQuery): Params {
  return {
    view: query.view,
    status: query.status.length ? statusesFrom(query.status.join(',')).join(',') : null,
    technicianId: query.technicianId,
    customerId: query.customerId,
    from: query.from,
    to: query.to,
    hasOpenReserves: query.hasOpenReserves ? 'true' : null,
    q: query.q || null,
    sort: query.sort,
    dir: query.sort ? query.dir : null,
  };
}

export function sameQuery(a: JobQuery | null, b: JobQuery | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return JSON.stringify(queryToParams(a)) === JSON.stringify(queryToParams(b));
}

/** True when something narrows the list (the empty state then offers to clear it). */
export function isFiltered(query: JobQuery | null): boolean {
  return query !== null && !sameQuery({ ...query, sort: null, dir: null }, defaultJobQuery);
}

/** Local midnight of a `YYYY-MM-DD` day, `days` later, as the API's UTC ISO timestamp. */
export function localDayStart(day: string, days = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + days).toISOString();
}

/** The API's filter parameters (list and CSV export): no defaults, no empty values. */
export function filterParams(query: JobQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.view) params['view'] = query.view;
  if (query.status.length) params['status'] = statusesFrom(query.status.join(',')).join(',');
  if (query.technicianId) params['technicianId'] = query.technicianId;
  if (query.customerId) params['customerId'] = query.customerId;
  if (query.from) params['from'] = localDayStart(query.from);
  // `to` is "planned start before": the day after the last day picked.
  if (query.to) params['to'] = localDayStart(query.to, 1);
  if (query.hasOpenReserves) params['hasOpenReserves'] = 'true';
  if (query.q) params['q'] = query.q;
  if (query.sort) {
    params['sort'] = query.sort;
    params['dir'] = query.dir ?? 'asc';
  }
  return params;
}

/** The CSV export of what the grid shows (a plain download: the session cookie goes with it). */
export function exportUrl(query: JobQuery): string {
  const search = new URLSearchParams(filterParams(query)).toString();
  return search ? `/api/jobs/export.csv?${search}` : '/api/jobs/export.csv';
}
