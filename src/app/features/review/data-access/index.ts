// The one entry point of the review feature's data access (the linter holds it): pages and routes.
export * from './review.actions';
export { initialReviewState, reviewFeature } from './review.feature';
export type { ReviewQueueView, ReviewState } from './review.feature';
export * as reviewEffects from './review.effects';
export { ReviewApi, reportPdfUrl } from './review-api';
export { createReviewDatasource } from './review-datasource';
export { ReviewQueueSource } from './review-queue-source';
export { filtersFromParams, noReviewFilters, paramsFromFilters, queueQuery } from './review-query';
export type { ReviewFilters } from './review-query';
