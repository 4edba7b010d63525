// The one entry point of job-detail's data access (the linter holds it): pages, routes and other features.
export * from './job-detail.actions';
export * from './job-detail.feature';
export * as jobDetailEffects from './job-detail.effects';
export { initialJobFormState, jobFormFeature } from './job-form.feature';
export type { JobFormState } from './job-form.feature';
export { JobDocumentFiles } from './job-document-files';
export { PREVIOUS_JOBS_SHOWN } from './previous-jobs';
export { JobDetailApi } from './job-detail-api';
export { JobLookupsApi, CUSTOMER_SUGGESTIONS } from './job-lookups-api';
export { initialJobLookupsState, jobLookupsFeature } from './job-lookups.feature';
export * from './online-view.actions';
export { initialOnlineViewState, onlineViewFeature, type OnlineViewSliceState } from './online-view.feature';
export * as onlineViewEffects from './online-view.effects';
