/** The jobs module's public entry point: other modules and app.ts import only from here. */
export { loadJobDetail } from './job-detail.repository';
export { jobsModule } from './jobs.module';
export { customerName, findJobRow, indexJobSearch, jobSearchText, jobSnapshot, writeTeam } from './jobs.repository';
export type { JobTeam } from './jobs.repository';
export { checkDates, checkTeam, pinTemplate } from './jobs.rules';
export { nextJobNumber, statusOfNewJob } from './jobs.service';
