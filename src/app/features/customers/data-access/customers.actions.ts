import type { Customer, CustomerInput, CustomerJobPage, CustomFieldDefinition, InstalledUnitsBySite } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { CustomFieldFilter, CustomerQuery, CustomerSort } from './customer-query';

export const CustomersRouterActions = createActionGroup({
  source: 'Customers Router',
  events: {
    listQueryChanged: props<{ query: CustomerQuery }>(),
  },
});

export const CustomerListPageActions = createActionGroup({
  source: 'Customer List Page',
  events: {
    opened: emptyProps(),
    searchChanged: props<{ q: string }>(),
    sortChanged: props<{ sort: CustomerSort }>(),
    customFieldFilterChanged: props<{ cf: CustomFieldFilter | null }>(),
    customerOpened: props<{ id: string }>(),
    retried: emptyProps(),
  },
});

export const CustomerDetailPageActions = createActionGroup({
  source: 'Customer Detail Page',
  events: {
    opened: props<{ id: string }>(),
    retried: props<{ id: string }>(),
    moreJobsRequested: props<{ id: string }>(),
  },
});

export const CustomerFormPageActions = createActionGroup({
  source: 'Customer Form Page',
  events: {
    opened: props<{ id: string | null }>(),
    createSubmitted: props<{ input: CustomerInput }>(),
    updateSubmitted: props<{ id: string; version: number; input: CustomerInput }>(),
    latestVersionRequested: props<{ id: string }>(),
  },
});

export const CustomersLiveActions = createActionGroup({
  source: 'Customers Live',
  events: {
    shownCustomerChanged: props<{ id: string }>(),
  },
});

export const CustomersApiActions = createActionGroup({
  source: 'Customers API',
  events: {
    listBlockLoaded: props<{ query: CustomerQuery; total: number }>(),
    listBlockFailed: props<{ query: CustomerQuery; error: ApiErrorInfo }>(),
    customerLoaded: props<{ customer: Customer }>(),
    customerLoadFailed: props<{ id: string; error: ApiErrorInfo }>(),
    jobsLoaded: props<{ customerId: string; page: CustomerJobPage; append: boolean }>(),
    jobsLoadFailed: props<{ customerId: string; error: ApiErrorInfo }>(),
    customerCreated: props<{ customer: Customer }>(),
    customerUpdated: props<{ customer: Customer }>(),
    saveFailed: props<{ error: ApiErrorInfo }>(),
    fieldDefinitionsLoaded: props<{ definitions: CustomFieldDefinition[] }>(),
    fieldDefinitionsLoadFailed: props<{ error: ApiErrorInfo }>(),
    installedUnitsLoaded: props<{ customerId: string; sites: InstalledUnitsBySite['sites'] }>(),
    installedUnitsLoadFailed: props<{ customerId: string; error: ApiErrorInfo }>(),
  },
});
