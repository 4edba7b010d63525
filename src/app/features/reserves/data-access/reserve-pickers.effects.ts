import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { EMPTY, asyncScheduler, catchError, exhaustMap, map, merge, of, switchMap } from 'rxjs';
import { pausedTyping } from '../../../shared/util/paused-typing';
import { ReserveListPageActions, ReservePageActions, ReservesApiActions } from './reserves.actions';
import { ReservesApi } from './reserves-api';

/** Read again on every visit to the inbox or a reserve, to offer whoever is active now. */
export const loadPeopleOptions = createEffect(
  (actions$ = inject(Actions), api = inject(ReservesApi)) =>
    actions$.pipe(
      ofType(ReserveListPageActions.opened, ReservePageActions.opened),
      exhaustMap(() =>
        merge(
          api.technicians().pipe(
            map((list) => ReservesApiActions.techniciansLoaded({ technicians: list.items })),
            catchError(() => of(ReservesApiActions.techniciansFailed())),
          ),
          api.supervisors().pipe(
            map((list) => ReservesApiActions.supervisorsLoaded({ supervisors: list.items })),
            catchError(() => of(ReservesApiActions.supervisorsFailed())),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Customers are many: searched once the user pauses typing; a failed search leaves the last matches. */
export const searchCustomerOptions = createEffect(
  (actions$ = inject(Actions), api = inject(ReservesApi), scheduler = asyncScheduler) =>
    actions$.pipe(
      ofType(ReserveListPageActions.customerSearchChanged),
      map(({ q }) => q),
      pausedTyping(scheduler),
      switchMap((q) =>
        api.searchCustomers(q).pipe(
          map((page) => ReservesApiActions.customersFound({ customers: page.items })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);
