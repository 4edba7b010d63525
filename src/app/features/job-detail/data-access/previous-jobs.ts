/** A few of the customer's jobs beside this one; the customer's page lists them all. */
export const PREVIOUS_JOBS_SHOWN = 5;
