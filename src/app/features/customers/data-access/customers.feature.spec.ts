import type { CustomFieldDefinition, InstalledUnitsBySite } from '@contract';
import { customer } from '../../../../testing/fixtures';
import {
  CustomerDetailPageActions,
  CustomerFormPageActions,
  CustomersApiActions,
  CustomersRouterActions,
} from './customers.actions';
import { customersFeature, initialCustomersState } from './customers.feature';

describe('customers reducer', () => {
  const reducer = customersFeature.reducer;
  const query = { q: 'dup', sort: 'name' as const };

  it('takes the list query from the URL and waits for the first block', () => {
    const state = reducer(initialCustomersState, CustomersRouterActions.listQueryChanged({ query }));
    expect(state.query).toEqual(query);
    expect(state.list).toBe('loading');
    expect(state.total).toBeNull();
  });

  it('keeps the total of the current query and ignores late blocks of an older one', () => {
    let state = reducer(initialCustomersState, CustomersRouterActions.listQueryChanged({ query }));
    state = reducer(state, CustomersApiActions.listBlockLoaded({ query: { q: '', sort: 'name' }, total: 9999 }));
    expect(state.total).toBeNull();
    state = reducer(state, CustomersApiActions.listBlockLoaded({ query, total: 12 }));
    expect(state.total).toBe(12);
    expect(state.list).toBe('loaded');
  });

  it('stores an opened customer but never the list rows', () => {
    const state = reducer(initialCustomersState, CustomersApiActions.customerLoaded({ customer: customer() }));
    expect(state.ids).toEqual(['c-1']);
    expect(state.detail).toBe('loaded');
  });

  it('appends job pages for the customer being viewed only', () => {
    const page = (n: number, nextCursor: string | null) => ({
      items: [{ id: `j-${n}`, number: `J-${n}`, status: 'scheduled', plannedStart: null, description: '', managerName: null, siteCity: null }],
      total: 2,
      nextCursor,
    });
    let state = reducer(initialCustomersState, CustomerDetailPageActions.opened({ id: 'c-1' }));
    state = reducer(state, CustomersApiActions.jobsLoaded({ customerId: 'c-1', page: page(1, 'k1'), append: false }));
    state = reducer(state, CustomersApiActions.jobsLoaded({ customerId: 'c-1', page: page(2, null), append: true }));
    state = reducer(state, CustomersApiActions.jobsLoaded({ customerId: 'c-other', page: page(3, null), append: true }));
    expect(state.jobs.items.map((j) => j.id)).toEqual(['j-1', 'j-2']);
    expect(state.jobs.nextCursor).toBeNull();
  });

  it('follows a save from submit to conflict', () => {
    const input = { name: 'X', sites: [], contacts: [] };
    let state = reducer(initialCustomersState, CustomerFormPageActions.updateSubmitted({ id: 'c-1', version: 3, input }));
    expect(state.save).toBe('loading');
    const error = { status: 412, code: 'version_mismatch', message: 'Stale' };
    state = reducer(state, CustomersApiActions.saveFailed({ error }));
    expect(state.save).toEqual({ error });
    state = reducer(state, CustomerFormPageActions.opened({ id: 'c-1' }));
    expect(state.save).toBe('idle');
  });

  it('reports an empty result only once the first block says so', () => {
    const view = customersFeature.selectListView;
    expect(view.projector(query, 0, 'loaded').isEmpty).toBeTrue();
    expect(view.projector(query, null, 'loading').isEmpty).toBeFalse();
    expect(view.projector(query, 5, 'loaded').isEmpty).toBeFalse();
  });

  it('keeps the custom field definitions in their order, and the active ones apart', () => {
    const definition = (key: string, sortOrder: number, active: boolean): CustomFieldDefinition => ({
      id: key, entity: 'customer', key, labelEn: key, labelFr: key, type: 'text', options: [],
      mandatory: false, sortOrder, active, createdAt: '2026-01-01T00:00:00.000Z', version: 1,
    });
    expect(customersFeature.selectAllFieldDefinitions.projector(null)).toEqual([]);
    const definitions = [definition('b', 2, true), definition('a', 1, false)];
    const state = reducer(initialCustomersState, CustomersApiActions.fieldDefinitionsLoaded({ definitions }));
    expect(state.fieldDefinitions?.map((d) => d.key)).toEqual(['a', 'b']);
    expect(customersFeature.selectActiveFieldDefinitions.projector(state.fieldDefinitions).map((d) => d.key)).toEqual(['b']);
  });

  it('holds the installed units of the customer being viewed only', () => {
    const sites = [{ site: { id: 's-1', name: 'Main', city: 'Lyon' }, units: [] }] as unknown as InstalledUnitsBySite['sites'];
    let state = reducer(initialCustomersState, CustomerDetailPageActions.opened({ id: 'c-1' }));
    expect(state.installed.callState).toBe('loading');
    state = reducer(state, CustomersApiActions.installedUnitsLoaded({ customerId: 'c-other', sites }));
    expect(state.installed.callState).toBe('loading');
    state = reducer(state, CustomersApiActions.installedUnitsLoaded({ customerId: 'c-1', sites }));
    expect(state.installed).toEqual({ customerId: 'c-1', sites, callState: 'loaded' });
    const error = { status: 500, code: 'internal', message: 'Boom' };
    state = reducer(state, CustomerDetailPageActions.retried({ id: 'c-1' }));
    state = reducer(state, CustomersApiActions.installedUnitsLoadFailed({ customerId: 'c-1', error }));
    expect(state.installed.callState).toEqual({ error });
  });
});
