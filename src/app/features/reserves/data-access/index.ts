// The one entry point of the reserves feature's data access (the linter holds it).
export { ReservesApi } from './reserves-api';
export type { ReservePageRequest } from './reserves-api';
export { createReserveDatasource } from './reserve-datasource';
export * from './reserve-query';
export * from './reserve-charts';
export * from './status-form';
export * from './reserve-model';
export { ReserveDetailState } from './reserve-detail-state';
export type { SaveOutcome } from './reserve-detail-state';
export { ReservePickers } from './reserve-pickers';
export type { PersonOption } from './reserve-pickers';
export { liveReserveChanges } from './live-reserve-changes';
export type { LiveReserveChange } from './live-reserve-changes';
export { summaryOfDetail } from './reserve-summary';
