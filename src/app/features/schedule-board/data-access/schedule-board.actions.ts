import type { BoardJob, JobBoard, JobDetail, JobRescheduleInput } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { BoardQuery } from './schedule-board-api';

export const ScheduleBoardPageActions = createActionGroup({
  source: 'Schedule Board Page',
  events: {
    opened: props<{ query: BoardQuery }>(),
    periodChanged: props<{ query: BoardQuery }>(),
    retried: emptyProps(),
    /** A drop, with the mouse or the keyboard: the body is what the server receives. */
    jobMoved: props<{ job: BoardJob; body: JobRescheduleInput }>(),
  },
});

export const ScheduleBoardApiActions = createActionGroup({
  source: 'Schedule Board API',
  events: {
    boardLoaded: props<{ query: BoardQuery; board: JobBoard }>(),
    boardLoadFailed: props<{ query: BoardQuery; error: ApiErrorInfo }>(),
    moveSucceeded: props<{ jobId: string; job: JobDetail }>(),
    /** 412 or 409: someone changed the job first; nothing was overwritten. */
    moveRefused: props<{ jobId: string; number: string; error: ApiErrorInfo }>(),
    moveFailed: props<{ jobId: string; number: string; error: ApiErrorInfo }>(),
  },
});

export const ScheduleBoardLiveActions = createActionGroup({
  source: 'Schedule Board Live',
  events: {
    /** Jobs shown on the board changed elsewhere (debounced). */
    jobsChanged: emptyProps(),
  },
});
