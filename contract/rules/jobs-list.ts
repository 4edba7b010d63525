import type { JobStatus } from './common';

/** Predefined grid views; `today` is the server's current day in UTC. */
export const jobListViews = ['today', 'pool', 'drafts', 'declined', 'late', 'awaiting_review'] as const;
export type JobListView = (typeof jobListViews)[number];

/** Sorts backed by an index (each ties on the job id for a stable keyset). */
export const jobListSorts = ['plannedStart', 'number', 'updatedAt', 'completedAt', 'declinedAt'] as const;
export type JobListSort = (typeof jobListSorts)[number];

/**
 * The jobs list's filters as a manager picks them, in the console's filter bar and address bar
 * (the API reads them as `JobListFilters`).
 */
export interface JobListFilterValues {
  /** In the lifecycle's order, whatever order they were picked in. */
  status: JobStatus[];
  technicianId: string | null;
  customerId: string | null;
  /** Planned start, first and last day included, as local calendar days `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  hasOpenReserves: boolean;
  q: string;
}

/** The widest window of the schedule board. */
export const JOB_BOARD_MAX_DAYS = 14;

/** At most this many pool jobs on the board, newest first. */
export const JOB_BOARD_POOL_LIMIT = 100;
