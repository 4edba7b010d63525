// The one entry point of the jobs grid's data access (the linter holds it): pages, routes and other features.
export * from './jobs.actions';
export { jobsFeature } from './jobs.feature';
export * as jobsEffects from './jobs.effects';
export * from './jobs.selectors';
export { JobsApi } from './jobs-api';
export type { JobPageRequest } from './jobs-api';
export { JobsDatasource, createJobDatasource } from './job-datasource';
export * from './job-query';
export { summaryOf, isDeclined } from './job-summary';
export { liveJobChanges, refreshedRows } from './live-job-changes';
export type { LiveJobChange } from './live-job-changes';
export { nextQuery } from './next-query';
