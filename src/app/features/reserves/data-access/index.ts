// The one entry point of the reserves feature's data access (the linter holds it).
export * from './reserves.actions';
export { initialReservesState, reservesFeature } from './reserves.feature';
export type { ReservePickersState, ReservesState } from './reserves.feature';
export * as reservesEffects from './reserves.effects';
export { ReservesApi } from './reserves-api';
export type { ReservePageRequest } from './reserves-api';
export { createReserveDatasource } from './reserve-datasource';
export { ReserveInboxSource } from './reserve-inbox-source';
export * from './reserve-query';
export * from './reserve-charts';
export * from './status-form';
export * from './reserve-model';
export * from './reserve-pickers.selectors';
export { liveReserveChanges } from './live-reserve-changes';
export type { LiveReserveChange } from './live-reserve-changes';
export { summaryOfDetail } from './reserve-summary';
