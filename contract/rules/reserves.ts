import type { ReserveStatus } from './common';

/** Quick views of the triage inbox; `mine` = assigned to the signed-in user. */
export const reserveListViews = ['unresolved', 'mine', 'older_than_7_days'] as const;
export type ReserveListView = (typeof reserveListViews)[number];

/** The triage inbox's view and filters as a manager picks them, in the console's filter bar and address bar. */
export interface ReserveListFilterValues {
  view: ReserveListView | null;
  status: ReserveStatus[];
  technicianId: string | null;
  customerId: string | null;
  assigneeId: string | null;
}

export const reserveEventTypes = [
  'raised',
  'status_changed',
  'commented',
  'assigned',
  'follow_up',
  'description_changed',
] as const;
export type ReserveEventType = (typeof reserveEventTypes)[number];

/** At most this many reserves in one bulk change. */
export const RESERVE_BULK_MAX = 200;

export const reserveAgeBuckets = ['<1d', '1-3d', '3-7d', '7-30d', '>30d'] as const;
export type ReserveAgeBucket = (typeof reserveAgeBuckets)[number];
