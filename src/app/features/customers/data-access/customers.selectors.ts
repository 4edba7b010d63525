import { createSelector } from '@ngrx/store';
import { pathOf, selectQueryParams, selectRouteParam, selectUrl } from '../../../core/router/router.selectors';
import { customersAdapter, customersFeature } from './customers.feature';
import { queryFromParams } from './customer-query';

const { selectEntities } = customersAdapter.getSelectors(customersFeature.selectCustomersState);

/** The id in `/customers/:id` and `/customers/:id/edit`. */
export const selectSelectedCustomerId = selectRouteParam('id');

export const selectSelectedCustomer = createSelector(
  selectEntities,
  selectSelectedCustomerId,
  (entities, id) => (id ? (entities[id] ?? null) : null),
);

/** The list query written in the address bar, or null when the list page is not the one shown. */
export const selectListQueryFromUrl = createSelector(selectUrl, selectQueryParams, (url, params) =>
  pathOf(url) === '/customers' ? queryFromParams(params ?? {}) : null,
);

export const selectJobs = customersFeature.selectJobs;
export const selectDetailCallState = customersFeature.selectDetail;
export const selectSaveCallState = customersFeature.selectSave;
export const selectListView = customersFeature.selectListView;
export const selectQuery = customersFeature.selectQuery;
export const selectFieldDefinitions = customersFeature.selectAllFieldDefinitions;
export const selectActiveFieldDefinitions = customersFeature.selectActiveFieldDefinitions;
export const selectInstalledUnits = customersFeature.selectInstalled;
