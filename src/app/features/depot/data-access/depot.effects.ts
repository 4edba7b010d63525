import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatMap, exhaustMap, switchMap } from 'rxjs';
import { notice, notifyEffect } from '../../../core/notifications/notify-effect';
import { navigateEffect, route } from '../../../core/router/navigate-effect';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { DepotApiActions, DepotListPageActions, DepotPageActions, RepairQueuePageActions, TransferDialogActions } from './depot.actions';
import { DepotApi } from './depot-api';
import { depotErrorMessage } from './depot-errors';

export * from './depot-lists.effects';
export * from './repair.effects';
export * from './stock-moves.effects';

export const loadDepots = apiEffect(DepotApi, exhaustMap, {
  on: [
    DepotListPageActions.opened,
    DepotListPageActions.retried,
    DepotPageActions.opened,
    RepairQueuePageActions.opened,
    TransferDialogActions.opened,
  ],
  call: (api) => api.depots(),
  succeeded: ({ items }) => DepotApiActions.depotsLoaded({ depots: items }),
  failed: (error) => DepotApiActions.depotsLoadFailed({ error }),
});

/** Counts on the depots (units, needing repair, stock lines) change with every move. */
export const refreshDepotsAfterChange = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(
        DepotApiActions.receiptSucceeded,
        DepotApiActions.transferSucceeded,
        DepotApiActions.repairBatchDone,
        DepotApiActions.unitRepaired,
      ),
      switchMap(() => callApi(api.depots(), ({ items }) => DepotApiActions.depotsLoaded({ depots: items }))),
    ),
  { functional: true },
);

export const loadDepot = apiEffect(DepotApi, switchMap, {
  on: [DepotPageActions.opened, DepotPageActions.retried],
  call: (api, { id }) => api.depot(id),
  succeeded: (depot) => DepotApiActions.depotLoaded({ depot }),
  failed: (error, { id }) => DepotApiActions.depotLoadFailed({ id, error }),
});

export const loadTechnicians = apiEffect(DepotApi, switchMap, {
  on: [DepotListPageActions.newVanOpened],
  call: (api) => api.technicians(),
  succeeded: ({ items }) => DepotApiActions.techniciansLoaded({ technicians: items }),
  failed: (error) => DepotApiActions.techniciansLoadFailed({ error }),
});

export const createVan = apiEffect(DepotApi, concatMap, {
  on: [DepotListPageActions.newVanSubmitted],
  call: (api, { input }) => api.createVan(input),
  succeeded: (depot) => DepotApiActions.vanCreated({ depot }),
  failed: (error) => DepotApiActions.vanCreateFailed({ error }),
});

export const reportVanCreation = notifyEffect(
  notice(DepotApiActions.vanCreated, ({ depot }) => ({ key: 'depot.newVan.created', params: { name: depot.name } })),
  notice(DepotApiActions.vanCreateFailed, ({ error }) => depotErrorMessage(error)),
);

export const openCreatedVan = navigateEffect(route(DepotApiActions.vanCreated, ({ depot }) => ['/depots', depot.id]));
