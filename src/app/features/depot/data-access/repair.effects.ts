import { inject } from '@angular/core';
import type { BulkRepairRequest } from '@contract';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatMap, filter, from, switchMap } from 'rxjs';
import { apiEffect, callApi } from '../../../shared/data/api-effect';
import { DepotApiActions, RepairQueuePageActions, SerialPageActions } from './depot.actions';
import { BULK_REPAIR_LIMIT, DepotApi } from './depot-api';

const SUGGESTION_LIMIT = 10;

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
export const loadSerial = apiEffect(DepotApi, switchMap, {
  on: [SerialPageActions.opened, SerialPageActions.retried],
  call: (api, { serial }) => api.bySerial(serial),
  succeeded: (units, { serial }) => DepotApiActions.serialLoaded({ serial, units }),
  failed: (error, { serial }) =>
    error.status === 404 ? DepotApiActions.serialLoaded({ serial, units: [] }) : DepotApiActions.serialLoadFailed({ serial, error }),
});

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
