import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import type { Actions } from '@ngrx/effects';
import type { Store } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import { customer } from '../../../../testing/fixtures';
import type { Notifier } from '../../../core/notifications/notifier';
import {
  CustomerDetailPageActions,
  CustomerFormPageActions,
  CustomerListPageActions,
  CustomersApiActions,
  CustomersLiveActions,
  CustomersRouterActions,
} from './customers.actions';
import type { CustomersApi } from './customers-api';
import type { InstalledUnitsApi } from './installed-units-api';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import {
  loadCustomer,
  loadFieldDefinitions,
  loadInstalledUnits,
  reloadShownCustomerWhenChanged,
  readListQueryFromUrl,
  reportSaveFailure,
  updateCustomer,
  writeListQueryToUrl,
} from './customers.effects';
import { collect } from '../../../../testing/effects';

describe('customers effects', () => {
  const input = { name: 'Boulangerie', sites: [], contacts: [] };

  it('loads the customer a page opens', () => {
    const api = { get: jasmine.createSpy().and.returnValue(of(customer())) } as unknown as CustomersApi;
    const out = collect(loadCustomer(of(CustomerDetailPageActions.opened({ id: 'c-1' })) as Actions, api));
    expect(api.get).toHaveBeenCalledWith('c-1');
    expect(out).toEqual([CustomersApiActions.customerLoaded({ customer: customer() })]);
  });

  it('does not load anything for a new customer form', () => {
    const api = { get: jasmine.createSpy() } as unknown as CustomersApi;
    expect(collect(loadCustomer(of(CustomerFormPageActions.opened({ id: null })) as Actions, api))).toEqual([]);
    expect(api.get).not.toHaveBeenCalled();
  });

  it('saves with the version and reports a 412 as plain data', () => {
    const stale = new HttpErrorResponse({ status: 412, error: { error: { code: 'version_mismatch', message: 'Changed' } } });
    const api = { update: jasmine.createSpy().and.returnValue(throwError(() => stale)) } as unknown as CustomersApi;
    const out = collect(
      updateCustomer(of(CustomerFormPageActions.updateSubmitted({ id: 'c-1', version: 3, input })) as Actions, api),
    );
    expect(api.update).toHaveBeenCalledWith('c-1', 3, input);
    expect(out).toEqual([
      CustomersApiActions.saveFailed({ error: { status: 412, code: 'version_mismatch', message: 'Changed' } }),
    ]);
  });

  it('leaves 400 and 412 to the form and puts other failures in a snackbar', () => {
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['error']);
    const failures = [400, 412, 500].map((status) =>
      CustomersApiActions.saveFailed({ error: { status, code: 'x', message: '' } }),
    );
    reportSaveFailure(of(...failures) as Actions, notifier).subscribe();
    expect(notifier.error).toHaveBeenCalledTimes(1);
    expect(notifier.error).toHaveBeenCalledWith({ status: 500, code: 'x', message: '' });
  });

  it('writes a new search into the URL, keeping the sort', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const store = { select: () => of({ q: '', sort: 'updatedAt' }) } as unknown as Store;
    writeListQueryToUrl(of(CustomerListPageActions.searchChanged({ q: ' dup ' })) as Actions, store, router).subscribe();
    expect(router.navigate).toHaveBeenCalledWith(['/customers'], { queryParams: { q: 'dup', sort: 'updatedAt' } });
  });

  it('writes a custom field filter into the URL as cf.<key>, keeping search and sort; clearing it drops the parameter', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const store = { select: () => of({ q: 'dup', sort: 'updatedAt' }) } as unknown as Store;
    const chosen = CustomerListPageActions.customFieldFilterChanged({ cf: { key: 'region', value: 'north' } });
    writeListQueryToUrl(of(chosen) as Actions, store, router).subscribe();
    expect(router.navigate).toHaveBeenCalledWith(['/customers'], { queryParams: { q: 'dup', sort: 'updatedAt', 'cf.region': 'north' } });

    const filtered = { select: () => of({ q: '', sort: 'name', cf: { key: 'region', value: 'north' } }) } as unknown as Store;
    writeListQueryToUrl(of(CustomerListPageActions.customFieldFilterChanged({ cf: null })) as Actions, filtered, router).subscribe();
    expect(router.navigate).toHaveBeenCalledWith(['/customers'], { queryParams: { q: null, sort: null } });
  });

  it('reads the query back from the URL once per change, again after leaving the list', () => {
    const store = {
      select: () =>
        of({ q: 'a', sort: 'name' }, { q: 'a', sort: 'name' }, null, { q: 'a', sort: 'name' }, { q: 'b', sort: 'name' }),
    } as unknown as Store;
    const out = collect(readListQueryFromUrl(store));
    expect(out).toEqual([
      CustomersRouterActions.listQueryChanged({ query: { q: 'a', sort: 'name' } }),
      CustomersRouterActions.listQueryChanged({ query: { q: 'a', sort: 'name' } }),
      CustomersRouterActions.listQueryChanged({ query: { q: 'b', sort: 'name' } }),
    ]);
  });

  it('reloads the customer on screen when someone else saved a newer version', () => {
    const store = { select: () => of(customer({ id: 'c-1', version: 3 })) } as unknown as Store;
    const update = (customerId: string, version: number) =>
      LiveEventsActions.received({
        event: { id: version, type: 'customer.updated', payload: { customerId, version }, createdAt: '2026-01-01T00:00:00.000Z' },
      });
    const out = collect(
      reloadShownCustomerWhenChanged(of(update('c-1', 3), update('c-2', 9), update('c-1', 4)) as Actions, store),
    );
    expect(out).toEqual([CustomersLiveActions.shownCustomerChanged({ id: 'c-1' })]);
  });

  it('reads the custom field definitions once, and again after a failure', () => {
    const list = { items: [] };
    const api = { fieldDefinitions: jasmine.createSpy().and.returnValue(of(list)) } as unknown as CustomersApi;
    const unread = { select: () => of(null) } as unknown as Store;
    const read = { select: () => of([]) } as unknown as Store;
    const opened = of(CustomerListPageActions.opened()) as Actions;
    expect(collect(loadFieldDefinitions(opened, unread, api))).toEqual([CustomersApiActions.fieldDefinitionsLoaded({ definitions: [] })]);
    expect(collect(loadFieldDefinitions(opened, read, api))).toEqual([]);
    expect(api.fieldDefinitions).toHaveBeenCalledTimes(1);
  });

  it('reads the installed units of the customer a page opens', () => {
    const api = { bySite: jasmine.createSpy().and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 }))) } as unknown as InstalledUnitsApi;
    const out = collect(loadInstalledUnits(of(CustomerDetailPageActions.opened({ id: 'c-1' })) as Actions, api));
    expect(api.bySite).toHaveBeenCalledWith('c-1');
    expect(out).toEqual([
      CustomersApiActions.installedUnitsLoadFailed({ customerId: 'c-1', error: jasmine.objectContaining({ status: 500 }) as never }),
    ]);
  });
});
