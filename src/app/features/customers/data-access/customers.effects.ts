import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { concatMap, exhaustMap, filter, map, switchMap, tap, withLatestFrom } from 'rxjs';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import { Notifier } from '../../../core/notifications/notifier';
import {
  CustomerDetailPageActions,
  CustomerFormPageActions,
  CustomerListPageActions,
  CustomersApiActions,
  CustomersLiveActions,
  CustomersRouterActions,
} from './customers.actions';
import { CustomersApi } from './customers-api';
import { InstalledUnitsApi } from './installed-units-api';
import { customersFeature } from './customers.feature';
import { selectListQueryFromUrl, selectSelectedCustomer } from './customers.selectors';
import { type CustomerQuery, defaultCustomerQuery, queryToParams, sameQuery } from './customer-query';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { notice, notifyEffect, problemNotShownInForm } from '../../../core/notifications/notify-effect';
import { navigateEffect, route } from '../../../core/router/navigate-effect';
import { queryFromUrlEffect } from '../../../shared/data/query-from-url-effect';

const JOBS_PAGE_SIZE = 20;

export const readListQueryFromUrl = queryFromUrlEffect(selectListQueryFromUrl, sameQuery, (query) => CustomersRouterActions.listQueryChanged({ query }));

export const writeListQueryToUrl = createEffect(
  (actions$ = inject(Actions), store = inject(Store), router = inject(Router)) =>
    actions$.pipe(
      ofType(CustomerListPageActions.searchChanged, CustomerListPageActions.sortChanged, CustomerListPageActions.customFieldFilterChanged),
      withLatestFrom(store.select(customersFeature.selectQuery)),
      tap(([action, current]) => {
        const base = current ?? defaultCustomerQuery;
        const next: CustomerQuery =
          action.type === CustomerListPageActions.searchChanged.type
            ? { ...base, q: action.q.trim() }
            : action.type === CustomerListPageActions.sortChanged.type
              ? { ...base, sort: action.sort }
              : { ...base, cf: action.cf };
        if (!sameQuery(next, current)) void router.navigate(['/customers'], { queryParams: queryToParams(next) });
      }),
    ),
  { functional: true, dispatch: false },
);

export const openCustomer = navigateEffect(route(CustomerListPageActions.customerOpened, ({ id }) => ['/customers', id]));

/** switchMap, not exhaustMap: opening another customer must replace a load still under way. */
export const loadCustomer = createEffect(
  (actions$ = inject(Actions), api = inject(CustomersApi)) =>
    actions$.pipe(
      ofType(
        CustomerDetailPageActions.opened,
        CustomerDetailPageActions.retried,
        CustomerFormPageActions.opened,
        CustomerFormPageActions.latestVersionRequested,
        CustomersLiveActions.shownCustomerChanged,
      ),
      map((action) => action.id),
      filter((id): id is string => id !== null),
      switchMap((id) =>
        callApi(
          api.get(id),
          (customer) => CustomersApiActions.customerLoaded({ customer }),
          (error) => CustomersApiActions.customerLoadFailed({ id, error }),
        ),
      ),
    ),
  { functional: true },
);

/** Someone else saved the customer on screen: fetch the new version (an open form keeps its edits). */
export const reloadShownCustomerWhenChanged = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(LiveEventsActions.received),
      filter(({ event }) => event.type === 'customer.updated'),
      withLatestFrom(store.select(selectSelectedCustomer)),
      filter(
        ([{ event }, shown]) =>
          shown !== null && event.payload['customerId'] === shown.id && Number(event.payload['version']) > shown.version,
      ),
      map(([, shown]) => CustomersLiveActions.shownCustomerChanged({ id: shown!.id })),
    ),
  { functional: true },
);

/** Read once per visit of the feature; a failure leaves them unread, so a later page opening retries. */
export const loadFieldDefinitions = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(CustomersApi)) =>
    actions$.pipe(
      ofType(CustomerListPageActions.opened, CustomerDetailPageActions.opened, CustomerFormPageActions.opened),
      withLatestFrom(store.select(customersFeature.selectFieldDefinitions)),
      filter(([, definitions]) => definitions === null),
      exhaustMap(() =>
        callApi(
          api.fieldDefinitions(),
          (list) => CustomersApiActions.fieldDefinitionsLoaded({ definitions: list.items }),
          (error) => CustomersApiActions.fieldDefinitionsLoadFailed({ error }),
        ),
      ),
    ),
  { functional: true },
);

export const loadInstalledUnits = createEffect(
  (actions$ = inject(Actions), api = inject(InstalledUnitsApi)) =>
    actions$.pipe(
      ofType(CustomerDetailPageActions.opened, CustomerDetailPageActions.retried),
      switchMap(({ id }) =>
        callApi(
          api.bySite(id),
          ({ sites }) => CustomersApiActions.installedUnitsLoaded({ customerId: id, sites }),
          (error) => CustomersApiActions.installedUnitsLoadFailed({ customerId: id, error }),
        ),
      ),
    ),
  { functional: true },
);

export const loadFirstJobs = createEffect(
  (actions$ = inject(Actions), api = inject(CustomersApi)) =>
    actions$.pipe(
      ofType(CustomerDetailPageActions.opened, CustomerDetailPageActions.retried),
      switchMap(({ id }) =>
        callApi(
          api.jobs(id, JOBS_PAGE_SIZE),
          (page) => CustomersApiActions.jobsLoaded({ customerId: id, page, append: false }),
          (error) => CustomersApiActions.jobsLoadFailed({ customerId: id, error }),
        ),
      ),
    ),
  { functional: true },
);

export const loadMoreJobs = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(CustomersApi)) =>
    actions$.pipe(
      ofType(CustomerDetailPageActions.moreJobsRequested),
      withLatestFrom(store.select(customersFeature.selectJobs)),
      filter(([{ id }, jobs]) => jobs.customerId === id && jobs.nextCursor !== null),
      exhaustMap(([{ id }, jobs]) =>
        callApi(
          api.jobs(id, JOBS_PAGE_SIZE, jobs.nextCursor),
          (page) => CustomersApiActions.jobsLoaded({ customerId: id, page, append: true }),
          (error) => CustomersApiActions.jobsLoadFailed({ customerId: id, error }),
        ),
      ),
    ),
  { functional: true },
);

export const createCustomer = apiEffect(CustomersApi, concatMap, {
  on: [CustomerFormPageActions.createSubmitted],
  call: (api, { input }) => api.create(input),
  succeeded: (customer) => CustomersApiActions.customerCreated({ customer }),
  failed: (error) => CustomersApiActions.saveFailed({ error }),
});

export const updateCustomer = apiEffect(CustomersApi, concatMap, {
  on: [CustomerFormPageActions.updateSubmitted],
  call: (api, { id, version, input }) => api.update(id, version, input),
  succeeded: (customer) => CustomersApiActions.customerUpdated({ customer }),
  failed: (error) => CustomersApiActions.saveFailed({ error }),
});

export const showSavedCustomer = createEffect(
  (actions$ = inject(Actions), router = inject(Router), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(CustomersApiActions.customerCreated, CustomersApiActions.customerUpdated),
      tap(({ customer }) => {
        notifier.info('customers.form.saved', { name: customer.name });
        void router.navigate(['/customers', customer.id]);
      }),
    ),
  { functional: true, dispatch: false },
);

/** 400 and 412 are shown in the form itself; anything else gets a snackbar. */
export const reportSaveFailure = notifyEffect(notice(CustomersApiActions.saveFailed, problemNotShownInForm));
