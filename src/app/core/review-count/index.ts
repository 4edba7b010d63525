export { reviewCountFeature, selectReviewCount } from './review-count.feature';
export * as reviewCountEffects from './review-count.effects';
