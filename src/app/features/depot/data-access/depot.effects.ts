import { inject } from '@angular/core';
import { Router } from '@angular/router';
import type { BulkRepairRequest, ReceiptLineProblem } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, exhaustMap, filter, from, map, of, switchMap, tap } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { pluralKey } from '../../../shared/util/plural';
import {
  DepotApiActions,
  DepotListPageActions,
  DepotPageActions,
  ReceiptDialogActions,
  RepairQueuePageActions,
  SerialPageActions,
  TransferDialogActions,
} from './depot.actions';
import { BULK_REPAIR_LIMIT, DepotApi } from './depot-api';
import { depotErrorMessage } from './depot-errors';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { notice, notifyEffect } from '../../../core/notifications/notify-effect';

const SUGGESTION_LIMIT = 10;

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

export const openCreatedVan = createEffect(
  (actions$ = inject(Actions), router = inject(Router), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(DepotApiActions.vanCreated),
      tap(({ depot }) => {
        notifier.info('depot.newVan.created', { name: depot.name });
        void router.navigate(['/depots', depot.id]);
      }),
    ),
  { functional: true, dispatch: false },
);

export const receiveStock = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(ReceiptDialogActions.submitted),
      concatMap(({ depotId, request, idempotencyKey }) =>
        api.receive(depotId, request, idempotencyKey).pipe(
          map((result) => DepotApiActions.receiptSucceeded({ depotId, result })),
          catchError((failure: unknown) => {
            const error = toApiErrorInfo(failure);
            const problems = receiptProblems(error.details);
            return of(
              error.code === 'receipt_rejected' && problems
                ? DepotApiActions.receiptRejected({ problems })
                : DepotApiActions.receiptFailed({ error }),
            );
          }),
        ),
      ),
    ),
  { functional: true },
);

function receiptProblems(details: unknown): ReceiptLineProblem[] | null {
  const lines = typeof details === 'object' && details !== null ? (details as { lines?: unknown }).lines : undefined;
  return Array.isArray(lines) ? (lines as ReceiptLineProblem[]) : null;
}

export const transferStock = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(TransferDialogActions.submitted),
      concatMap(({ request, idempotencyKey }) =>
        api.transfer(request, idempotencyKey).pipe(
          map((result) =>
            DepotApiActions.transferSucceeded({ fromDepotId: request.fromDepotId, toDepotId: request.toDepotId, result }),
          ),
          catchError((error: unknown) => of(DepotApiActions.transferFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const confirmMoves = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier), transloco = inject(TranslocoService)) =>
    actions$.pipe(
      ofType(DepotApiActions.receiptSucceeded, DepotApiActions.transferSucceeded),
      tap((action) => {
        const lang = transloco.getActiveLang();
        if (action.type === DepotApiActions.transferSucceeded.type) {
          const count = action.result.movements;
          notifier.info(pluralKey('depot.transfer.done', count, lang), { count });
        } else if (action.result.unitsCreated > 0) {
          const count = action.result.unitsCreated;
          notifier.info(pluralKey('depot.receipt.doneUnits', count, lang), { count });
        } else {
          notifier.info('depot.receipt.doneQuantity');
        }
      }),
    ),
  { functional: true, dispatch: false },
);

export const reportVanCreateFailure = notifyEffect(notice(DepotApiActions.vanCreateFailed, ({ error }) => depotErrorMessage(error)));

/** Batches go one after the other, each reported as it ends, so the page can show progress. */
export const repairInBulk = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(RepairQueuePageActions.bulkRepairConfirmed),
      concatMap(({ unitIds, outcome }) =>
        from(batches(unitIds, BULK_REPAIR_LIMIT)).pipe(
          concatMap((batch) => {
            const request: BulkRepairRequest = { unitIds: batch, outcome };
            return callApi(
              api.bulkRepair(request),
              (result) => DepotApiActions.repairBatchDone({ result }),
              (error) => DepotApiActions.repairBatchFailed({ unitIds: batch, error }),
            );
          }),
        ),
      ),
    ),
  { functional: true },
);

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

export const repairOne = apiEffect(DepotApi, concatMap, {
  on: [RepairQueuePageActions.repairConfirmed, SerialPageActions.repairConfirmed],
  call: (api, { unitId, outcome }) => api.repair(unitId, { outcome }),
  succeeded: (unit) => DepotApiActions.unitRepaired({ unit }),
  failed: (error, { unitId }) => DepotApiActions.unitRepairFailed({ unitId, error }),
});

/** A serial nobody carries is an answer ("not found"), not a failure. */
export const loadSerial = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(SerialPageActions.opened, SerialPageActions.retried),
      switchMap(({ serial }) =>
        api.bySerial(serial).pipe(
          map((units) => DepotApiActions.serialLoaded({ serial, units })),
          catchError((failure: unknown) => {
            const error = toApiErrorInfo(failure);
            return of(
              error.status === 404
                ? DepotApiActions.serialLoaded({ serial, units: [] })
                : DepotApiActions.serialLoadFailed({ serial, error }),
            );
          }),
        ),
      ),
    ),
  { functional: true },
);

/** Not found: offer the serials that start with what was typed (a digit short, a missing suffix). */
export const suggestSerials = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(DepotApiActions.serialLoaded),
      filter(({ units }) => units.length === 0),
      switchMap(({ serial }) =>
        callApi(api.serialUnits({ serial, limit: SUGGESTION_LIMIT }), (page) =>
          DepotApiActions.serialSuggestionsLoaded({ serial, units: page.items }),
        ),
      ),
    ),
  { functional: true },
);
export * from './depot-lists.effects';
