import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { type Action, Store } from '@ngrx/store';
import { EMPTY, type OperatorFunction, catchError, concatMap, debounceTime, filter, map, of, switchMap, tap, withLatestFrom } from 'rxjs';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import { Notifier } from '../../../core/notifications/notifier';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { ScheduleBoardApiActions, ScheduleBoardLiveActions, ScheduleBoardPageActions } from './schedule-board.actions';
import { selectQuery, selectShownJobIds } from './schedule-board.feature';
import { ScheduleBoardApi } from './schedule-board-api';
import { callApi } from '../../../shared/data/api-effect';

/** Live events arrive in bursts (a drag, the simulator): one reload per burst. */
const LIVE_RELOAD_DEBOUNCE_MS = 500;
const JOB_EVENTS = ['job.updated', 'job.status_changed', 'job.returned'];

/** Each trigger reads the current query's board; a newer read replaces one still under way. */
function readBoard(api: ScheduleBoardApi, store: Store): OperatorFunction<unknown, Action> {
  return (trigger$) =>
    trigger$.pipe(
      withLatestFrom(store.select(selectQuery)),
      map(([, query]) => query),
      filter((query) => query !== null),
      switchMap((query) =>
        callApi(
          api.board(query),
          (board) => ScheduleBoardApiActions.boardLoaded({ query, board }),
          (error) => ScheduleBoardApiActions.boardLoadFailed({ query, error }),
        ),
      ),
    );
}

export const loadBoard = createEffect(
  (actions$ = inject(Actions), api = inject(ScheduleBoardApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(ScheduleBoardPageActions.opened, ScheduleBoardPageActions.periodChanged, ScheduleBoardPageActions.retried),
      readBoard(api, store),
    ),
  { functional: true },
);

/** After a move (accepted or refused) and after changes elsewhere, the board is read again, quietly. */
export const refreshBoard = createEffect(
  (actions$ = inject(Actions), api = inject(ScheduleBoardApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        ScheduleBoardApiActions.moveSucceeded,
        ScheduleBoardApiActions.moveRefused,
        ScheduleBoardApiActions.moveFailed,
        ScheduleBoardLiveActions.jobsChanged,
      ),
      readBoard(api, store),
    ),
  { functional: true },
);

/** Moves are sent one after the other, each with the version the board showed. */
export const moveJob = createEffect(
  (actions$ = inject(Actions), api = inject(ScheduleBoardApi)) =>
    actions$.pipe(
      ofType(ScheduleBoardPageActions.jobMoved),
      concatMap(({ job, body }) =>
        api.reschedule(job.id, job.version, body).pipe(
          map((detail) => ScheduleBoardApiActions.moveSucceeded({ jobId: job.id, job: detail })),
          catchError((failure: unknown) => {
            const error = toApiErrorInfo(failure);
            const refused = error.status === 412 || error.status === 409;
            const props = { jobId: job.id, number: job.number, error };
            return of(refused ? ScheduleBoardApiActions.moveRefused(props) : ScheduleBoardApiActions.moveFailed(props));
          }),
        ),
      ),
    ),
  { functional: true },
);

export const reportRefusedMove = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(ScheduleBoardApiActions.moveRefused),
      tap(({ number }) => notifier.info('scheduleBoard.moveRefused', { number })),
    ),
  { functional: true, dispatch: false },
);

export const reportFailedMove = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(ScheduleBoardApiActions.moveFailed),
      tap(({ error }) => notifier.error(error)),
    ),
  { functional: true, dispatch: false },
);

export const reloadOnLiveJobEvents = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(LiveEventsActions.received),
      filter(({ event }) => JOB_EVENTS.includes(event.type)),
      withLatestFrom(store.select(selectShownJobIds), store.select(selectQuery)),
      filter(([{ event }, shown, query]) => query !== null && shown.has(String(event.payload['jobId'] ?? ''))),
      debounceTime(LIVE_RELOAD_DEBOUNCE_MS),
      map(() => ScheduleBoardLiveActions.jobsChanged()),
      catchError(() => EMPTY),
    ),
  { functional: true },
);
