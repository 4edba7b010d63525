import { inject } from '@angular/core';
import { Router } from '@angular/router';
import type { BulkRepairRequest, ReceiptLineProblem } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { EMPTY, catchError, concatMap, exhaustMap, filter, from, map, of, switchMap, tap } from 'rxjs';
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

const SUGGESTION_LIMIT = 10;

export const loadDepots = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(
        DepotListPageActions.opened,
        DepotListPageActions.retried,
        DepotPageActions.opened,
        RepairQueuePageActions.opened,
        TransferDialogActions.opened,
      ),
      exhaustMap(() =>
        api.depots().pipe(
          map(({ items }) => DepotApiActions.depotsLoaded({ depots: items })),
          catchError((error: unknown) => of(DepotApiActions.depotsLoadFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

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
      switchMap(() =>
        api.depots().pipe(
          map(({ items }) => DepotApiActions.depotsLoaded({ depots: items })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);

export const loadDepot = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(DepotPageActions.opened, DepotPageActions.retried),
      switchMap(({ id }) =>
        api.depot(id).pipe(
          map((depot) => DepotApiActions.depotLoaded({ depot })),
          catchError((error: unknown) => of(DepotApiActions.depotLoadFailed({ id, error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const loadTechnicians = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(DepotListPageActions.newVanOpened),
      switchMap(() =>
        api.technicians().pipe(
          map(({ items }) => DepotApiActions.techniciansLoaded({ technicians: items })),
          catchError((error: unknown) => of(DepotApiActions.techniciansLoadFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const createVan = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(DepotListPageActions.newVanSubmitted),
      concatMap(({ input }) =>
        api.createVan(input).pipe(
          map((depot) => DepotApiActions.vanCreated({ depot })),
          catchError((error: unknown) => of(DepotApiActions.vanCreateFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

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

export const reportVanCreateFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(DepotApiActions.vanCreateFailed),
      tap(({ error }) => {
        const { key, params } = depotErrorMessage(error);
        notifier.info(key, params);
      }),
    ),
  { functional: true, dispatch: false },
);

/** Batches go one after the other, each reported as it ends, so the page can show progress. */
export const repairInBulk = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(RepairQueuePageActions.bulkRepairConfirmed),
      concatMap(({ unitIds, outcome }) =>
        from(batches(unitIds, BULK_REPAIR_LIMIT)).pipe(
          concatMap((batch) => {
            const request: BulkRepairRequest = { unitIds: batch, outcome };
            return api.bulkRepair(request).pipe(
              map((result) => DepotApiActions.repairBatchDone({ result })),
              catchError((error: unknown) => of(DepotApiActions.repairBatchFailed({ unitIds: batch, error: toApiErrorInfo(error) }))),
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

export const repairOne = createEffect(
  (actions$ = inject(Actions), api = inject(DepotApi)) =>
    actions$.pipe(
      ofType(RepairQueuePageActions.repairConfirmed, SerialPageActions.repairConfirmed),
      concatMap(({ unitId, outcome }) =>
        api.repair(unitId, { outcome }).pipe(
          map((unit) => DepotApiActions.unitRepaired({ unit })),
          catchError((error: unknown) => of(DepotApiActions.unitRepairFailed({ unitId, error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

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
        api.serialUnits({ serial, limit: SUGGESTION_LIMIT }).pipe(
          map((page) => DepotApiActions.serialSuggestionsLoaded({ serial, units: page.items })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);
export * from './depot-lists.effects';
