export { ReviewApi, reportPdfUrl } from './review-api';
export { createReviewDatasource } from './review-datasource';
export { ReviewJobStore } from './review-job.store';
export type { ReviewLoadState, ReviewWriteOutcome } from './review-job.store';
export { filtersFromParams, noReviewFilters, paramsFromFilters, queueQuery } from './review-query';
export type { ReviewFilters } from './review-query';
/** For specs: a job as GET /api/jobs/by-number answers it. */
export { jobDetail } from './review-fixtures';
