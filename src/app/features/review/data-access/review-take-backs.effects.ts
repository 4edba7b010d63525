import { inject } from '@angular/core';
import type { TakeBackResolutionInput } from '@contract';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, filter, map, of, switchMap, withLatestFrom } from 'rxjs';
import { notice, notifyEffect } from '../../../core/notifications/notify-effect';
import { callApi } from '../../../shared/data/api-effect';
import { ReviewApiActions, ReviewLiveActions, ReviewPageActions } from './review.actions';
import { reviewFeature } from './review.feature';
import { ReviewApi } from './review-api';

/**
 * The office settles a take-back of a serial recorded somewhere else (issue 14 §1): one call, the
 * job as it now is, then its history again (the settlement is a line of it).
 */
export const settleTakeBack = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(ReviewApi)) =>
    actions$.pipe(
      ofType(ReviewPageActions.takeBackMoveConfirmed, ReviewPageActions.takeBackSerialCorrected),
      withLatestFrom(store.select(reviewFeature.selectEvents)),
      concatMap(([action, events]) => {
        const input: TakeBackResolutionInput =
          action.type === ReviewPageActions.takeBackMoveConfirmed.type ? { resolution: 'confirm' } : { resolution: 'correct', serial: action.serial };
        const settled = api
          .settleTakeBack(action.takeBackId, input)
          .pipe(switchMap((job) => api.events(job.id).pipe(catchError(() => of(events)), map((latest) => ({ job, latest })))));
        return callApi(
          settled,
          ({ job, latest }) => ReviewApiActions.takeBackSettled({ job, events: latest, resolution: input.resolution, serial: action.serial }),
          (error) => ReviewApiActions.writeFailed({ error }),
        );
      }),
    ),
  { functional: true },
);

/** Someone else settled it first (409): the page reads the job again, so it shows their answer. */
export const reloadAfterSettledElsewhere = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(ReviewApiActions.writeFailed),
      filter(({ error }) => error.code === 'discrepancy_already_resolved'),
      withLatestFrom(store.select(reviewFeature.selectJob)),
      filter(([, job]) => !!job),
      map(([, job]) => ReviewLiveActions.jobChangedElsewhere({ number: job!.number })),
    ),
  { functional: true },
);

export const announceTakeBackSettled = notifyEffect(
  notice(ReviewApiActions.takeBackSettled, ({ resolution, serial }) => ({
    key: resolution === 'confirm' ? 'review.takeBack.confirmed' : 'review.takeBack.corrected',
    params: { serial },
  })),
);

