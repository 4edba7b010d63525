import { createFeature, createFeatureSelector, createReducer, createSelector, on } from '@ngrx/store';
import { ApiInterceptorActions, AuthApiActions } from '../auth/auth.actions';
import { ReviewCountApiActions } from './review-count.actions';

/**
 * Returned jobs waiting for review: the "Review" badge in the navigation; and how many of them have a
 * take-back to check (the count beside the review queue's quick view). Null until known.
 */
export interface ReviewCountState {
  count: number | null;
  takeBacksToCheck: number | null;
}

const initialState: ReviewCountState = { count: null, takeBacksToCheck: null };

export const reviewCountFeature = createFeature({
  name: 'reviewCount',
  reducer: createReducer(
    initialState,
    on(ReviewCountApiActions.loaded, (_state, { count, takeBacksToCheck }): ReviewCountState => ({ count, takeBacksToCheck })),
    // A failed refresh keeps the last known count: a stale badge beats a vanishing one.
    on(AuthApiActions.signedOut, ApiInterceptorActions.sessionExpired, (): ReviewCountState => initialState),
  ),
});

export const { selectCount: selectReviewCount, selectTakeBacksToCheck } = reviewCountFeature;

/** For the navigation, which also renders where the slice is not registered (tests, signed-out pages). */
export const selectReviewCountSafe = createSelector(
  createFeatureSelector<ReviewCountState | undefined>(reviewCountFeature.name),
  (state) => state?.count ?? null,
);
