/** The jobs module's public entry point: other modules and app.ts import only from here. */
export { copyJob, type CopyPlan } from './job-duplicate.service';
export { loadJobDetail } from './job-detail.repository';
export { jobsModule } from './jobs.module';
export { findJobRow, jobSnapshot } from './jobs.repository';
export type { JobTeam } from './jobs.repository';
export { checkDates, checkTeam, pinTemplate } from './jobs.rules';
export { insertNewJob, statusOfNewJob, type NewJob } from './new-job.repository';
