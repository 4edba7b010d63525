import type { Customer, CustomerJob, CustomFieldDefinition, InstalledUnitsBySite } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import {
  CustomerDetailPageActions,
  CustomerFormPageActions,
  CustomerListPageActions,
  CustomersApiActions,
  CustomersRouterActions,
} from './customers.actions';
import { type CustomerQuery, sameQuery } from './customer-query';

export interface CustomerJobsState {
  customerId: string | null;
  items: CustomerJob[];
  total: number;
  nextCursor: string | null;
  callState: CallState;
}

/** Serial units installed at the viewed customer's sites (read-only, answered by the depot side). */
export interface InstalledUnitsState {
  customerId: string | null;
  sites: InstalledUnitsBySite['sites'];
  callState: CallState;
}

/** Customers that were opened (detail, form); the big list streams into the grid and stays out. */
export interface CustomersState extends EntityState<Customer> {
  /** From the URL; null until the list page's address has been read. */
  query: CustomerQuery | null;
  total: number | null;
  list: CallState;
  detail: CallState;
  jobs: CustomerJobsState;
  save: CallState;
  /** Customer custom fields, inactive ones included (their labels still name stored values); null until read. */
  fieldDefinitions: CustomFieldDefinition[] | null;
  installed: InstalledUnitsState;
}

export const customersAdapter = createEntityAdapter<Customer>();

const noJobs: CustomerJobsState = { customerId: null, items: [], total: 0, nextCursor: null, callState: 'idle' };

export const initialCustomersState: CustomersState = customersAdapter.getInitialState({
  query: null,
  total: null,
  list: 'idle',
  detail: 'idle',
  jobs: noJobs,
  save: 'idle',
  fieldDefinitions: null,
  installed: { customerId: null, sites: [], callState: 'idle' },
});

export const customersFeature = createFeature({
  name: 'customers',
  reducer: createReducer(
    initialCustomersState,
    on(CustomersRouterActions.listQueryChanged, (state, { query }) => ({
      ...state,
      query,
      total: null,
      list: 'loading' as const,
    })),
    on(CustomerListPageActions.retried, (state) => ({ ...state, list: 'loading' as const })),
    // Blocks of an older query may still land after the query changed: ignore them.
    on(CustomersApiActions.listBlockLoaded, (state, { query, total }) =>
      sameQuery(query, state.query) ? { ...state, total, list: 'loaded' as const } : state,
    ),
    on(CustomersApiActions.listBlockFailed, (state, { query, error }) =>
      sameQuery(query, state.query) ? { ...state, list: { error } } : state,
    ),
    on(CustomerDetailPageActions.opened, CustomerDetailPageActions.retried, (state, { id }) => ({
      ...state,
      detail: 'loading' as const,
      jobs: { ...noJobs, customerId: id, callState: 'loading' as const },
      installed: { customerId: id, sites: [], callState: 'loading' as const },
    })),
    on(CustomerFormPageActions.opened, (state, { id }) => ({
      ...state,
      detail: id ? ('loading' as const) : ('idle' as const),
      save: 'idle' as const,
    })),
    on(CustomerFormPageActions.latestVersionRequested, (state) => ({ ...state, detail: 'loading' as const })),
    on(CustomersApiActions.customerLoaded, (state, { customer }) =>
      customersAdapter.upsertOne(customer, { ...state, detail: 'loaded' as const }),
    ),
    on(CustomersApiActions.customerLoadFailed, (state, { error }) => ({ ...state, detail: { error } })),
    on(CustomerDetailPageActions.moreJobsRequested, (state) => ({
      ...state,
      jobs: { ...state.jobs, callState: 'loading' as const },
    })),
    on(CustomersApiActions.jobsLoaded, (state, { customerId, page, append }) =>
      customerId !== state.jobs.customerId
        ? state
        : {
            ...state,
            jobs: {
              customerId,
              items: append ? [...state.jobs.items, ...page.items] : page.items,
              total: page.total,
              nextCursor: page.nextCursor,
              callState: 'loaded' as const,
            },
          },
    ),
    on(CustomersApiActions.jobsLoadFailed, (state, { customerId, error }) =>
      customerId !== state.jobs.customerId ? state : { ...state, jobs: { ...state.jobs, callState: { error } } },
    ),
    on(CustomerFormPageActions.createSubmitted, CustomerFormPageActions.updateSubmitted, (state) => ({
      ...state,
      save: 'loading' as const,
    })),
    on(CustomersApiActions.customerCreated, CustomersApiActions.customerUpdated, (state, { customer }) =>
      customersAdapter.upsertOne(customer, { ...state, save: 'loaded' as const }),
    ),
    on(CustomersApiActions.saveFailed, (state, { error }) => ({ ...state, save: { error } })),
    on(CustomersApiActions.fieldDefinitionsLoaded, (state, { definitions }) => ({
      ...state,
      fieldDefinitions: [...definitions].sort((a, b) => a.sortOrder - b.sortOrder),
    })),
    on(CustomersApiActions.installedUnitsLoaded, (state, { customerId, sites }) =>
      customerId !== state.installed.customerId ? state : { ...state, installed: { customerId, sites, callState: 'loaded' as const } },
    ),
    on(CustomersApiActions.installedUnitsLoadFailed, (state, { customerId, error }) =>
      customerId !== state.installed.customerId ? state : { ...state, installed: { ...state.installed, callState: { error } } },
    ),
  ),
  extraSelectors: ({ selectQuery, selectTotal, selectList, selectFieldDefinitions }) => ({
    selectAllFieldDefinitions: createSelector(selectFieldDefinitions, (definitions) => definitions ?? []),
    selectActiveFieldDefinitions: createSelector(selectFieldDefinitions, (definitions) =>
      (definitions ?? []).filter((d) => d.active),
    ),
    selectListView: createSelector(selectQuery, selectTotal, selectList, (query, total, list) => ({
      query,
      total,
      callState: list,
      isEmpty: list === 'loaded' && total === 0,
    })),
  }),
});
