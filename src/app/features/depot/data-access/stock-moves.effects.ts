import { inject } from '@angular/core';
import type { ReceiptLineProblem } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatMap, tap } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { apiEffect } from '../../../shared/data/api-effect';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { pluralKey } from '../../../shared/util/plural';
import { DepotApiActions, ReceiptDialogActions, TransferDialogActions } from './depot.actions';
import { DepotApi } from './depot-api';

export const receiveStock = apiEffect(DepotApi, concatMap, {
  on: [ReceiptDialogActions.submitted],
  call: (api, { depotId, request, idempotencyKey }) => api.receive(depotId, request, idempotencyKey),
  succeeded: (result, { depotId }) => DepotApiActions.receiptSucceeded({ depotId, result }),
  failed: (error) => receiptFailure(error),
});

/** A receipt refused line by line comes back as its lines' problems, for the form to place them. */
function receiptFailure(error: ApiErrorInfo) {
  const problems = receiptProblems(error.details);
  return error.code === 'receipt_rejected' && problems ? DepotApiActions.receiptRejected({ problems }) : DepotApiActions.receiptFailed({ error });
}

function receiptProblems(details: unknown): ReceiptLineProblem[] | null {
  const lines = typeof details === 'object' && details !== null ? (details as { lines?: unknown }).lines : undefined;
  return Array.isArray(lines) ? (lines as ReceiptLineProblem[]) : null;
}

export const transferStock = apiEffect(DepotApi, concatMap, {
  on: [TransferDialogActions.submitted],
  call: (api, { request, idempotencyKey }) => api.transfer(request, idempotencyKey),
  succeeded: (result, { request }) => DepotApiActions.transferSucceeded({ fromDepotId: request.fromDepotId, toDepotId: request.toDepotId, result }),
  failed: (error) => DepotApiActions.transferFailed({ error }),
});

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
