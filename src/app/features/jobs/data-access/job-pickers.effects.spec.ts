import type { CustomerSummary } from '@contract';
import type { Actions } from '@ngrx/effects';
import type { Store } from '@ngrx/store';
import { VirtualTimeScheduler, of, throwError } from 'rxjs';
import { DeclinedJobsPageActions, JobListPageActions, JobsApiActions, JobsRouterActions } from './jobs.actions';
import type { JobsApi } from './jobs-api';
import { jobsFeature, initialJobsState } from './jobs.feature';
import { loadTechnicianOptions, nameFilteredCustomer, searchCustomerOptions } from './job-pickers.effects';
import { defaultJobQuery } from './job-query';
import { collect } from '../../../../testing/effects';

describe('job pickers', () => {
  const reducer = jobsFeature.reducer;
  const technician = { id: 'u-7', displayName: 'Théo Martin', hasVanDepot: true };
  const customer = (id: string, name: string) => ({ id, name }) as CustomerSummary;
  const storeWith = (pickers = initialJobsState.pickers) => ({ select: () => of(pickers) }) as unknown as Store;

  it('reads the technicians once, for the grid and the declined queue alike', () => {
    const api = { technicians: jasmine.createSpy().and.returnValue(of({ items: [technician] })) } as unknown as JobsApi;
    expect(collect(loadTechnicianOptions(of(DeclinedJobsPageActions.opened()) as Actions, storeWith(), api))).toEqual([
      JobsApiActions.techniciansLoaded({ technicians: [technician] }),
    ]);
    const read = { ...initialJobsState.pickers, technicians: [technician] };
    expect(collect(loadTechnicianOptions(of(JobListPageActions.opened()) as Actions, storeWith(read), api))).toEqual([]);
    expect(api.technicians).toHaveBeenCalledTimes(1);
  });

  it('searches customers by the trimmed prefix, the last question only, and nothing for blank', () => {
    const api = { searchCustomers: jasmine.createSpy().and.returnValue(of({ items: [customer('c-1', 'Dupont')] })) } as unknown as JobsApi;
    const time = new VirtualTimeScheduler();
    const typed = of(JobListPageActions.customerSearched({ q: 'du' }), JobListPageActions.customerSearched({ q: ' dup ' }));
    const out = collect(searchCustomerOptions(typed as Actions, api, time));
    time.flush();
    expect(out).toEqual([JobsApiActions.customersFound({ customers: [customer('c-1', 'Dupont')] })]);
    expect(api.searchCustomers).toHaveBeenCalledOnceWith('dup');
    const blank = collect(searchCustomerOptions(of(JobListPageActions.customerSearched({ q: '  ' })) as Actions, api, time));
    time.flush();
    expect(blank).toEqual([JobsApiActions.customersFound({ customers: [] })]);
  });

  it('names a customer the address gives by id only, once', () => {
    const api = { customer: jasmine.createSpy().and.returnValue(of(customer('c-9', 'Boulangerie'))) } as unknown as JobsApi;
    const linked = of(JobsRouterActions.listQueryChanged({ query: { ...defaultJobQuery, customerId: 'c-9' } }));
    expect(collect(nameFilteredCustomer(linked as Actions, storeWith(), api))).toEqual([
      JobsApiActions.customerNamed({ id: 'c-9', name: 'Boulangerie' }),
    ]);
    const known = { ...initialJobsState.pickers, customerNames: { 'c-9': 'Boulangerie' } };
    expect(collect(nameFilteredCustomer(linked as Actions, storeWith(known), api))).toEqual([]);
    const failing = { customer: () => throwError(() => new Error('down')) } as unknown as JobsApi;
    expect(collect(nameFilteredCustomer(linked as Actions, storeWith(), failing))).toEqual([]);
  });

  it('remembers the names met and offers the technicians and matches as options', () => {
    let state = reducer(initialJobsState, JobsApiActions.techniciansLoaded({ technicians: [technician] }));
    state = reducer(state, JobsApiActions.customersFound({ customers: [customer('c-1', 'Dupont')] }));
    state = reducer(state, JobsApiActions.customerNamed({ id: 'c-9', name: 'Boulangerie' }));
    state = reducer(state, JobsApiActions.customersFound({ customers: [] }));
    expect(jobsFeature.selectTechnicianOptions.projector(state.pickers)).toEqual([{ id: 'u-7', name: 'Théo Martin' }]);
    expect(jobsFeature.selectCustomerOptions.projector(state.pickers)).toEqual([]);
    expect(jobsFeature.selectCustomerNames.projector(state.pickers)).toEqual({ 'c-1': 'Dupont', 'c-9': 'Boulangerie' });
  });
});
