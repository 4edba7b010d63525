/** Events after which the number of jobs waiting for review may have changed. */
export const REVIEW_COUNT_EVENTS: readonly string[] = ['job.returned', 'job.status_changed', 'job.updated'];
/** A burst of live events (a technician ending several jobs, a bulk change) costs one request. */
export const REVIEW_COUNT_DEBOUNCE_MS = 1000;
