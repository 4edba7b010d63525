/** The job-lifecycle module's public entry point: other modules and app.ts import only from here. */
export { invalidTransition, jobTimes, lockJob, rememberJob, transitionJob, writeJobEvent } from './job-lifecycle.service';
export { touchJob, type TouchInput } from './job-touch';
export type { EventSource, JobEventInput, JobRow } from './job-lifecycle.service';
