// The one entry point of customers' data access (the linter holds it): pages, routes and other features.
export * from './customers.actions';
export { customersFeature } from './customers.feature';
export * as customersEffects from './customers.effects';
export * from './customers.selectors';
export { CustomersApi } from './customers-api';
export type { CustomerPageRequest } from './customers-api';
export { CustomersDatasource } from './customer-datasource';
export * from './customer-query';
export { CustomerColumnPrefs } from './customer-column-prefs';
