// The one entry point of the depot feature's data access (the linter holds it): pages, routes and other features.
export * from './depot.actions';
export { depotFeature, depotsAdapter, initialDepotState } from './depot.feature';
export type { DepotState, RepairRun, SerialLookup } from './depot.feature';
export * as depotEffects from './depot.effects';
export * from './depot.selectors';
export { DepotApi, toItemRef } from './depot-api';
export type { ItemPickerKind, RepairQueuePageRequest, SerialUnitPageRequest, StockPageRequest } from './depot-api';
export { PagedList } from './paged-list';
export { RepairQueueDatasources } from './repair-queue-datasource';
export type { PageFetcher } from './paged-list';
export * from './depot-query';
export * from './transfer-refusal';
export * from './depot-errors';
export { LiveSearch } from './live-search';
