// The one entry point of the schedule board's data access (the linter holds it).
export * from './schedule-board.actions';
export { initialScheduleBoardState, scheduleBoardFeature, selectBoard, selectCallState, selectPending, selectQuery, selectShownJobIds, toBoardJob } from './schedule-board.feature';
export type { PendingMoveState, ScheduleBoardState } from './schedule-board.feature';
export * as scheduleBoardEffects from './schedule-board.effects';
export { ScheduleBoardApi } from './schedule-board-api';
export type { BoardQuery } from './schedule-board-api';
