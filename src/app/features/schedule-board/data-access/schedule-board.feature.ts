import type { BoardJob, JobBoard, JobDetail } from '@contract';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import { ScheduleBoardApiActions, ScheduleBoardPageActions } from './schedule-board.actions';
import type { BoardQuery } from './schedule-board-api';

export interface PendingMoveState {
  technicianId: string;
  plannedStart: string;
  plannedEnd: string;
}

/** One period of the board (a few technicians, a day or a week of jobs, a capped pool) and the moves in flight. */
export interface ScheduleBoardState {
  query: BoardQuery | null;
  board: JobBoard | null;
  callState: CallState;
  pending: Record<string, PendingMoveState>;
}

export const initialScheduleBoardState: ScheduleBoardState = {
  query: null,
  board: null,
  callState: 'idle',
  pending: {},
};

const sameQuery = (a: BoardQuery | null, b: BoardQuery) => !!a && a.from === b.from && a.to === b.to;

function withoutPending(pending: Record<string, PendingMoveState>, jobId: string): Record<string, PendingMoveState> {
  const { [jobId]: _done, ...rest } = pending;
  return rest;
}

/** The server's answer to a move, as the board shows it until the board is read again. */
export function toBoardJob(detail: JobDetail): BoardJob {
  return {
    id: detail.id,
    number: detail.number,
    status: detail.status,
    plannedStart: detail.plannedStart,
    plannedEnd: detail.plannedEnd,
    managerId: detail.technicians.find((t) => t.role === 'manager')?.userId ?? null,
    auxiliaryIds: detail.technicians.filter((t) => t.role === 'auxiliary').map((t) => t.userId),
    customerName: detail.customer.name,
    siteCity: detail.site?.city ?? null,
    version: detail.version,
  };
}

/** A moved job leaves the pool once it has a manager and dates. */
function applyMovedJob(board: JobBoard, detail: JobDetail): JobBoard {
  const job = toBoardJob(detail);
  const wasInPool = board.pool.some((j) => j.id === job.id);
  const onBoard = !!(job.managerId && job.plannedStart && job.plannedEnd);
  const pool = onBoard ? board.pool.filter((j) => j.id !== job.id) : board.pool.map((j) => (j.id === job.id ? job : j));
  const jobs = onBoard ? [...board.jobs.filter((j) => j.id !== job.id), job] : board.jobs.filter((j) => j.id !== job.id);
  const poolTotal = wasInPool && onBoard ? Math.max(0, board.poolTotal - 1) : board.poolTotal;
  return { ...board, jobs, pool, poolTotal };
}

export const scheduleBoardFeature = createFeature({
  name: 'scheduleBoard',
  reducer: createReducer<ScheduleBoardState>(
    initialScheduleBoardState,
    on(ScheduleBoardPageActions.opened, ScheduleBoardPageActions.periodChanged, (state, { query }) =>
      sameQuery(state.query, query) && state.board
        ? state
        : { ...state, query, board: null, callState: 'loading' as const },
    ),
    on(ScheduleBoardPageActions.retried, (state) => ({ ...state, callState: 'loading' as const })),
    on(ScheduleBoardApiActions.boardLoaded, (state, { query, board }) =>
      sameQuery(state.query, query) ? { ...state, board, callState: 'loaded' as const } : state,
    ),
    on(ScheduleBoardApiActions.boardLoadFailed, (state, { query, error }) =>
      // A failed refresh keeps the board shown; only a first load shows the error.
      !sameQuery(state.query, query) || state.board ? state : { ...state, callState: { error } },
    ),
    on(ScheduleBoardPageActions.jobMoved, (state, { job, body }) => ({
      ...state,
      pending: {
        ...state.pending,
        [job.id]: { technicianId: body.managerId ?? job.managerId ?? '', plannedStart: body.plannedStart, plannedEnd: body.plannedEnd },
      },
    })),
    on(ScheduleBoardApiActions.moveSucceeded, (state, { jobId, job }) => ({
      ...state,
      board: state.board ? applyMovedJob(state.board, job) : state.board,
      pending: withoutPending(state.pending, jobId),
    })),
    on(ScheduleBoardApiActions.moveRefused, ScheduleBoardApiActions.moveFailed, (state, { jobId }) => ({
      ...state,
      pending: withoutPending(state.pending, jobId),
    })),
  ),
  extraSelectors: ({ selectBoard }) => ({
    /** Ids of every job shown (board and pool): live events about them refresh the board. */
    selectShownJobIds: createSelector(selectBoard, (board) => new Set([...(board?.jobs ?? []), ...(board?.pool ?? [])].map((j) => j.id))),
  }),
});

export const { selectQuery, selectBoard, selectCallState, selectPending, selectShownJobIds } = scheduleBoardFeature;
