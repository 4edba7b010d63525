import type { RepairOutcome } from '@contract';
import { type ActionCreator, type ReducerTypes, on } from '@ngrx/store';
import { DepotApiActions, RepairQueuePageActions, SerialPageActions } from './depot.actions';
import { type DepotState, type RepairRun, noRepair, noSerial } from './depot.state';

function settled(run: RepairRun): RepairRun {
  const done = run.repaired.length + run.failed.length >= run.total;
  return done ? { ...run, callState: 'loaded' } : run;
}

function readingRepairQueue(state: DepotState, attempt = state.repairQueue.attempt): DepotState {
  return { ...state, repairQueue: { total: null, callState: 'loading', attempt } };
}

function startRepair(state: DepotState, unitIds: readonly string[], outcome: RepairOutcome): DepotState {
  return { ...state, repair: { outcome, total: unitIds.length, repaired: [], failed: [], callState: 'loading' } };
}

/** The repair queue, repair runs (one unit or a bulk) and the serial page's lookup. */
export const repairReducers: ReducerTypes<DepotState, readonly ActionCreator[]>[] = [
  on(RepairQueuePageActions.opened, (state) => readingRepairQueue(state)),
  on(RepairQueuePageActions.queryChanged, (state, { query }) => readingRepairQueue({ ...state, repairQuery: query })),
  on(RepairQueuePageActions.retried, (state) => readingRepairQueue(state, state.repairQueue.attempt + 1)),
  on(DepotApiActions.repairQueueBlockLoaded, (state, { total }) => ({
    ...state,
    repairQueue: { ...state.repairQueue, total, callState: 'loaded' as const },
  })),
  on(DepotApiActions.repairQueueBlockFailed, (state, { error }) => ({
    ...state,
    repairQueue: { ...state.repairQueue, callState: { error } },
  })),
  on(RepairQueuePageActions.bulkRepairConfirmed, (state, { unitIds, outcome }) => startRepair(state, unitIds, outcome)),
  on(RepairQueuePageActions.repairConfirmed, SerialPageActions.repairConfirmed, (state, { unitId, outcome }) =>
    startRepair(state, [unitId], outcome),
  ),
  on(RepairQueuePageActions.resultDismissed, RepairQueuePageActions.opened, (state) =>
    state.repair.callState === 'loading' ? state : { ...state, repair: noRepair },
  ),
  on(DepotApiActions.repairBatchDone, (state, { result }) => {
    const repair = settled({
      ...state.repair,
      repaired: [...state.repair.repaired, ...result.repaired],
      failed: [...state.repair.failed, ...result.failed],
    });
    return { ...state, repair, revision: repair.callState === 'loaded' ? state.revision + 1 : state.revision };
  }),
  // A batch that failed as a whole counts each of its units as failed, so the run still ends.
  on(DepotApiActions.repairBatchFailed, (state, { unitIds, error }) => {
    const failed = unitIds.map((unitId) => ({ unitId, code: error.code, message: error.message }));
    const repair = settled({ ...state.repair, failed: [...state.repair.failed, ...failed] });
    return { ...state, repair, revision: repair.callState === 'loaded' ? state.revision + 1 : state.revision };
  }),
  on(DepotApiActions.unitRepaired, (state, { unit }) => ({
    ...state,
    repair: settled({ ...state.repair, repaired: [...state.repair.repaired, unit.id] }),
    serial: { ...state.serial, units: state.serial.units.map((u) => (u.id === unit.id ? unit : u)) },
    revision: state.revision + 1,
  })),
  on(DepotApiActions.unitRepairFailed, (state, { unitId, error }) => ({
    ...state,
    repair: settled({ ...state.repair, failed: [...state.repair.failed, { unitId, code: error.code, message: error.message }] }),
  })),

  on(SerialPageActions.opened, SerialPageActions.retried, (state, { serial }) => ({
    ...state,
    serial: { ...noSerial, serial, callState: 'loading' as const },
    repair: state.repair.callState === 'loading' ? state.repair : noRepair,
  })),
  on(DepotApiActions.serialLoaded, (state, { serial, units }) =>
    serial !== state.serial.serial ? state : { ...state, serial: { ...state.serial, units, callState: 'loaded' as const } },
  ),
  on(DepotApiActions.serialLoadFailed, (state, { serial, error }) =>
    serial !== state.serial.serial ? state : { ...state, serial: { ...state.serial, callState: { error } } },
  ),
  on(DepotApiActions.serialSuggestionsLoaded, (state, { serial, units }) =>
    serial !== state.serial.serial ? state : { ...state, serial: { ...state.serial, suggestions: units } },
  ),
];
