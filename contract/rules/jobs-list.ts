/** Predefined grid views; `today` is the server's current day in UTC. */
export const jobListViews = ['today', 'pool', 'drafts', 'declined', 'late', 'awaiting_review'] as const;
export type JobListView = (typeof jobListViews)[number];

/** Sorts backed by an index (each ties on the job id for a stable keyset). */
export const jobListSorts = ['plannedStart', 'number', 'updatedAt', 'completedAt', 'declinedAt'] as const;
export type JobListSort = (typeof jobListSorts)[number];

/** The widest window of the schedule board. */
export const JOB_BOARD_MAX_DAYS = 14;

/** At most this many pool jobs on the board, newest first. */
export const JOB_BOARD_POOL_LIMIT = 100;
