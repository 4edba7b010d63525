import { createFeature, createFeatureSelector, createReducer, createSelector, on } from '@ngrx/store';
import { ApiInterceptorActions, AuthApiActions } from '../auth/auth.actions';
import { ReviewCountApiActions } from './review-count.actions';

/** Returned jobs waiting for review: the "Review" badge in the navigation. Null until known. */
export interface ReviewCountState {
  count: number | null;
}

const initialState: ReviewCountState = { count: null };

export const reviewCountFeature = createFeature({
  name: 'reviewCount',
  reducer: createReducer(
    initialState,
    on(ReviewCountApiActions.loaded, (_state, { count }): ReviewCountState => ({ count })),
    // A failed refresh keeps the last known count: a stale badge beats a vanishing one.
    on(AuthApiActions.signedOut, ApiInterceptorActions.sessionExpired, (): ReviewCountState => initialState),
  ),
});

export const { selectCount: selectReviewCount } = reviewCountFeature;

/** For the navigation, which also renders where the slice is not registered (tests, signed-out pages). */
export const selectReviewCountSafe = createSelector(
  createFeatureSelector<ReviewCountState | undefined>(reviewCountFeature.name),
  (state) => state?.count ?? null,
);
