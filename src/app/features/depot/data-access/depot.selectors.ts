import { createSelector } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { selectRouteParam } from '../../../core/router/router.selectors';
import { depotFeature } from './depot.feature';

/** The id in `/depots/:id`. */
export const selectSelectedDepotId = selectRouteParam('id');

export const selectSelectedDepot = createSelector(depotFeature.selectEntities, selectSelectedDepotId, (entities, id) =>
  id ? (entities[id] ?? null) : null,
);

/** Where the selected depot can send to or take from. */
export const selectOtherDepots = createSelector(depotFeature.selectAllDepots, selectSelectedDepotId, (depots, id) =>
  depots.filter((depot) => depot.id !== id),
);

/** Depots, stock, transfers and repairs: written by those the role table lets write depots. */
export const selectCanWriteStock = selectMay('depots', 'write');

export const selectDepotPageView = createSelector(selectSelectedDepot, depotFeature.selectDetail, (depot, callState) => ({
  depot,
  callState,
  loading: callState === 'loading' && depot === null,
  notFound: typeof callState === 'object' && callState.error.status === 404,
}));

/** Technicians who may get a van: each owns at most one. */
export const selectTechniciansWithoutVan = createSelector(depotFeature.selectTechnicians, (technicians) => ({
  items: technicians.items.filter((t) => !t.hasVanDepot),
  callState: technicians.callState,
}));

export const selectListView = depotFeature.selectListView;
export const selectAllDepots = depotFeature.selectAllDepots;
export const selectStockQuery = depotFeature.selectStockQuery;
export const selectUnitQuery = depotFeature.selectUnitQuery;
export const selectRepairQuery = depotFeature.selectRepairQuery;
export const selectReceipt = depotFeature.selectReceipt;
export const selectTransfer = depotFeature.selectTransfer;
export const selectCreateVan = depotFeature.selectCreateVan;
export const selectRepairProgress = depotFeature.selectRepairProgress;
export const selectSerialView = depotFeature.selectSerialView;
export const selectRevision = depotFeature.selectRevision;
export const selectStockLines = depotFeature.selectStockLines;
export const selectUnitLines = depotFeature.selectUnitLines;
export const selectMovementLines = depotFeature.selectMovementLines;
export const selectRepairQueueView = depotFeature.selectRepairQueueView;
export const selectSerializedItemOptions = depotFeature.selectSerializedItemOptions;
export const selectHeldItemOptions = depotFeature.selectHeldItemOptions;
export const selectTransferStockOptions = depotFeature.selectTransferStockOptions;
export const selectTransferUnitOptions = depotFeature.selectTransferUnitOptions;
