// The one entry point of job-detail's data access (the linter holds it): pages, routes and other features.
export * from './job-detail.actions';
export * from './job-detail.feature';
export * as jobDetailEffects from './job-detail.effects';
export { PREVIOUS_JOBS_SHOWN } from './previous-jobs';
export { JobDetailApi } from './job-detail-api';
export { JobFormLookups, CUSTOMER_SUGGESTIONS } from './job-form-lookups';
