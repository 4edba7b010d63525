import type { Params } from '@angular/router';
import { type ReserveListFilterValues, reserveListViews, reserveStatuses } from '@contract/rules';
import type { ReserveStatus } from '@contract';
import type { ReserveListView } from '@contract/reserves';

export const reserveViews = reserveListViews;
export type ReserveView = ReserveListView;
export { reserveStatuses };

/**
 * What the inbox shows. The address bar is its source (`/reserves?view=mine&status=unresolved`):
 * a link is shareable and Back restores the previous list.
 */
export type ReserveQuery = ReserveListFilterValues;

export const defaultReserveQuery: ReserveQuery = { view: null, status: [], technicianId: null, customerId: null, assigneeId: null };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const id = (value: unknown) => (typeof value === 'string' && ID.test(value.trim()) ? value.trim() : null);

export function statusesFrom(value: unknown): ReserveStatus[] {
  const picked = new Set(typeof value === 'string' ? value.slice(0, 100).split(',') : []);
  return reserveStatuses.filter((status) => picked.has(status));
}

/** Reads the query back from the address bar; anything malformed is dropped, never an error. */
export function queryFromParams(params: Params): ReserveQuery {
  const view = params['view'];
  return {
    view: reserveViews.includes(view) ? (view as ReserveView) : null,
    status: statusesFrom(params['status']),
    technicianId: id(params['technicianId']),
    customerId: id(params['customerId']),
    assigneeId: id(params['assigneeId']),
  };
}

/** The API's filter parameters: no defaults, no empty values (also the address bar's, minus nulls). */
export function filterParams(query: ReserveQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.view) params['view'] = query.view;
  if (query.status.length) params['status'] = statusesFrom(query.status.join(',')).join(',');
  if (query.technicianId) params['technicianId'] = query.technicianId;
  if (query.customerId) params['customerId'] = query.customerId;
  if (query.assigneeId) params['assigneeId'] = query.assigneeId;
  return params;
}

/** Every key written, defaults as null (dropped by the router) so the plain address stays `/reserves`. */
export function queryToParams(query: ReserveQuery): Params {
  const set = filterParams(query);
  return Object.fromEntries(Object.keys(defaultReserveQuery).map((key) => [key, set[key] ?? null]));
}

export function sameQuery(a: ReserveQuery, b: ReserveQuery): boolean {
  return JSON.stringify(filterParams(a)) === JSON.stringify(filterParams(b));
}

export const isFiltered = (query: ReserveQuery) => !sameQuery(query, defaultReserveQuery);
