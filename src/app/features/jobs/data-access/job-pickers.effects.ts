import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { EMPTY, asyncScheduler, catchError, exhaustMap, filter, map, mergeMap, of, switchMap, withLatestFrom } from 'rxjs';
import { pausedTyping } from '../../../shared/util/paused-typing';
import { DeclinedJobsPageActions, JobListPageActions, JobsApiActions, JobsRouterActions } from './jobs.actions';
import { JobsApi } from './jobs-api';
import { jobsFeature } from './jobs.feature';

/** Technicians are few: read once; after a failure the filter offers nothing and a later visit retries. */
export const loadTechnicianOptions = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(JobsApi)) =>
    actions$.pipe(
      ofType(JobListPageActions.opened, DeclinedJobsPageActions.opened),
      withLatestFrom(store.select(jobsFeature.selectPickers)),
      filter(([, pickers]) => pickers.technicians === null),
      exhaustMap(() =>
        api.technicians().pipe(
          map((list) => JobsApiActions.techniciansLoaded({ technicians: list.items })),
          catchError(() => of(JobsApiActions.techniciansLoadFailed())),
        ),
      ),
    ),
  { functional: true },
);

/** Customers are many: searched by name prefix once the user pauses typing. */
export const searchCustomerOptions = createEffect(
  (actions$ = inject(Actions), api = inject(JobsApi), scheduler = asyncScheduler) =>
    actions$.pipe(
      ofType(JobListPageActions.customerSearched),
      map(({ q }) => q),
      pausedTyping(scheduler),
      switchMap((q) =>
        q
          ? api.searchCustomers(q).pipe(
              map((page) => JobsApiActions.customersFound({ customers: page.items })),
              catchError(() => of(JobsApiActions.customersFound({ customers: [] }))),
            )
          : of(JobsApiActions.customersFound({ customers: [] })),
      ),
    ),
  { functional: true },
);

/** A shared link names the customer by id only: read its name once. */
export const nameFilteredCustomer = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(JobsApi)) =>
    actions$.pipe(
      ofType(JobsRouterActions.listQueryChanged),
      map(({ query }) => query.customerId),
      filter((id): id is string => !!id),
      withLatestFrom(store.select(jobsFeature.selectPickers)),
      filter(([id, pickers]) => !pickers.customerNames[id]),
      mergeMap(([id]) =>
        api.customer(id).pipe(
          map((customer) => JobsApiActions.customerNamed({ id: customer.id, name: customer.name })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);
