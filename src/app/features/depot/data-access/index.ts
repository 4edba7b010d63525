// The one entry point of the depot feature's data access (the linter holds it): pages, routes and other features.
export * from './depot.actions';
export { depotFeature } from './depot.feature';
export { depotsAdapter, initialDepotState } from './depot.state';
export type { DepotState, RepairQueueStatus, RepairRun, SerialLookup } from './depot.state';
export * as depotEffects from './depot.effects';
export * from './depot.selectors';
export { DepotApi, toItemRef } from './depot-api';
export type { ItemPickerKind, RepairQueuePageRequest, SerialUnitPageRequest, StockPageRequest } from './depot-api';
export { pagedView, searchView } from './paged-state';
export type { PagedState, SearchState } from './paged-state';
export { RepairQueueDatasources } from './repair-queue-datasource';
export * from './depot-query';
export * from './transfer-refusal';
export * from './depot-errors';
export * from './stock-shortfalls.actions';
export { stockShortfallsFeature, defaultShortfallQuery } from './stock-shortfalls.feature';
export type { ShortfallQuery, StockShortfallsState } from './stock-shortfalls.feature';
export * as stockShortfallsEffects from './stock-shortfalls.effects';
