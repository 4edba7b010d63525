import { inject } from '@angular/core';
import { may } from '@contract/rules';
import type { Role } from '@contract';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { EMPTY, type Observable, catchError, debounceTime, distinctUntilChanged, filter, map, merge, of, switchMap } from 'rxjs';
import { selectRole } from '../auth/auth.feature';
import { LiveEventsActions } from '../live-events/live-events.actions';
import { ReviewCountApiActions } from './review-count.actions';
import { ReviewCountApi } from './review-count-api';
import { REVIEW_COUNT_DEBOUNCE_MS, REVIEW_COUNT_EVENTS } from './review-count-events';

/** Loads the count once a manager is signed in, then again (debounced) after each event that may change it. */
export const loadReviewCount = createEffect(
  (
    actions$ = inject(Actions),
    role$: Observable<Role | null> = inject(Store).select(selectRole),
    api = inject(ReviewCountApi),
    debounceMs = REVIEW_COUNT_DEBOUNCE_MS,
  ) =>
    role$.pipe(
      distinctUntilChanged(),
      switchMap((role) => {
        if (!may(role, 'review', 'read')) return EMPTY;
        const changes$ = actions$.pipe(
          ofType(LiveEventsActions.received, LiveEventsActions.resynced),
          filter((action) => action.type === LiveEventsActions.resynced.type || REVIEW_COUNT_EVENTS.includes(action.event.type)),
          debounceTime(debounceMs),
        );
        return merge(of(null), changes$).pipe(
          switchMap(() =>
            api.count().pipe(
              map(({ count, takeBacksToCheck }) => ReviewCountApiActions.loaded({ count, takeBacksToCheck })),
              catchError(() => of(ReviewCountApiActions.loadFailed())),
            ),
          ),
        );
      }),
    ),
  { functional: true },
);
