export { reviewCountFeature, selectReviewCount, selectTakeBacksToCheck } from './review-count.feature';
export * as reviewCountEffects from './review-count.effects';
