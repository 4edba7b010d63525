import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import type { BulkRepairRequest } from '@contract';
import type { TranslocoService } from '@jsverse/transloco';
import type { Actions } from '@ngrx/effects';
import type { } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import { depot, serialUnit, serialUnitDetail } from '../../../../testing/depots';
import type { Notifier } from '../../../core/notifications/notifier';
import {
  DepotApiActions,
  ReceiptDialogActions,
  RepairQueuePageActions,
  SerialPageActions,
  TransferDialogActions,
} from './depot.actions';
import type { DepotApi } from './depot-api';
import { confirmMoves, loadSerial, openCreatedVan, receiveStock, repairInBulk, repairOne, suggestSerials, transferStock } from './depot.effects';
import { collect } from '../../../../testing/effects';

function httpError(status: number, code: string, details?: unknown) {
  return throwError(() => new HttpErrorResponse({ status, error: { error: { code, message: code, details } } }));
}

describe('depot effects', () => {
  const request = { lines: [{ itemId: 'i-1', serials: ['A', 'B'] }] };
  const submitted = ReceiptDialogActions.submitted({ depotId: 'd-main', request, idempotencyKey: 'key-1' });

  it('receives with the idempotency key and reports what was created', () => {
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['receive']);
    api.receive.and.returnValue(of({ movements: 2, unitsCreated: 2 }));
    expect(collect(receiveStock(of(submitted) as Actions, api))).toEqual([
      DepotApiActions.receiptSucceeded({ depotId: 'd-main', result: { movements: 2, unitsCreated: 2 } }),
    ]);
    expect(api.receive).toHaveBeenCalledWith('d-main', request, 'key-1');
  });

  it('turns a rejected receipt into its line problems, and any other failure into an error', () => {
    const problems = [{ line: 2, requestLine: 1, serial: 'B', code: 'already_known', message: 'Known' }];
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['receive']);
    api.receive.and.returnValues(httpError(422, 'receipt_rejected', { lines: problems }), httpError(500, 'internal_error'));
    const out = collect(receiveStock(of(submitted, submitted) as Actions, api));
    expect(out[0]).toEqual(DepotApiActions.receiptRejected({ problems: problems as never }));
    expect(out[1]).toEqual(DepotApiActions.receiptFailed({ error: { status: 500, code: 'internal_error', message: 'internal_error' } }));
  });

  it('keeps the details of a refused transfer (which item, how many are left)', () => {
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['transfer']);
    api.transfer.and.returnValue(httpError(409, 'insufficient_stock', { itemId: 'i-1', available: 3 }));
    const action = TransferDialogActions.submitted({
      request: { fromDepotId: 'a', toDepotId: 'b', lines: [{ itemId: 'i-1', quantity: 5 }], serialUnitIds: [] },
      idempotencyKey: 'k',
    });
    expect(collect(transferStock(of(action) as Actions, api))).toEqual([
      DepotApiActions.transferFailed({
        error: { status: 409, code: 'insufficient_stock', message: 'insufficient_stock', details: { itemId: 'i-1', available: 3 } },
      }),
    ]);
  });

  it('sends a big bulk repair in batches the server accepts, going on after a failed batch', () => {
    const unitIds = Array.from({ length: 1200 }, (_, i) => `u${i}`);
    const sent: BulkRepairRequest[] = [];
    const api = {
      bulkRepair: (req: BulkRepairRequest) => {
        sent.push(req);
        return sent.length === 2 ? httpError(503, 'database_unavailable') : of({ repaired: req.unitIds, failed: [] });
      },
    } as unknown as DepotApi;
    const out = collect(repairInBulk(of(RepairQueuePageActions.bulkRepairConfirmed({ unitIds, outcome: 'obsolete' })) as Actions, api));
    expect(sent.map((r) => r.unitIds.length)).toEqual([500, 500, 200]);
    expect(sent.every((r) => r.outcome === 'obsolete')).toBeTrue();
    expect(out.map((a) => a.type)).toEqual([
      DepotApiActions.repairBatchDone.type,
      DepotApiActions.repairBatchFailed.type,
      DepotApiActions.repairBatchDone.type,
    ]);
    expect((out[1] as ReturnType<typeof DepotApiActions.repairBatchFailed>).unitIds).toEqual(unitIds.slice(500, 1000));
  });

  it('repairs one unit and hands back its new state, or says why not', () => {
    const repaired = serialUnitDetail({ status: 'ok' });
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['repair']);
    api.repair.and.returnValues(of(repaired), httpError(409, 'invalid_transition'));
    const action = SerialPageActions.repairConfirmed({ unitId: 'su-1', outcome: 'ok' });
    const out = collect(repairOne(of(action, action) as Actions, api));
    expect(api.repair).toHaveBeenCalledWith('su-1', { outcome: 'ok' });
    expect(out[0]).toEqual(DepotApiActions.unitRepaired({ unit: repaired }));
    expect(out[1].type).toBe(DepotApiActions.unitRepairFailed.type);
  });

  it('answers an unknown serial as "no unit", not as a failure', () => {
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['bySerial']);
    api.bySerial.and.returnValues(httpError(404, 'not_found'), httpError(500, 'internal_error'));
    const opened = SerialPageActions.opened({ serial: 'NOPE' });
    const out = collect(loadSerial(of(opened, opened) as Actions, api));
    expect(out[0]).toEqual(DepotApiActions.serialLoaded({ serial: 'NOPE', units: [] }));
    expect(out[1].type).toBe(DepotApiActions.serialLoadFailed.type);
  });

  it('looks for serials starting the same way only when nothing was found', () => {
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['serialUnits']);
    api.serialUnits.and.returnValue(of({ items: [serialUnit()], total: 1, nextCursor: null }));
    const out = collect(
      suggestSerials(
        of(
          DepotApiActions.serialLoaded({ serial: 'VTD-2026', units: [] }),
          DepotApiActions.serialLoaded({ serial: 'VTD-2026-000001', units: [serialUnitDetail()] }),
        ) as Actions,
        api,
      ),
    );
    expect(api.serialUnits).toHaveBeenCalledOnceWith({ serial: 'VTD-2026', limit: 10 });
    expect(out).toEqual([DepotApiActions.serialSuggestionsLoaded({ serial: 'VTD-2026', units: [serialUnit()] })]);
  });

  it('opens the new van once created', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info']);
    const van = depot({ id: 'd-new', kind: 'van', name: 'Van — Anne' });
    openCreatedVan(of(DepotApiActions.vanCreated({ depot: van })) as Actions, router, notifier).subscribe();
    expect(router.navigate).toHaveBeenCalledWith(['/depots', 'd-new']);
    expect(notifier.info).toHaveBeenCalledWith('depot.newVan.created', { name: 'Van — Anne' });
  });

  it('confirms a move in words that fit what moved', () => {
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['info']);
    const transloco = { getActiveLang: () => 'en' } as TranslocoService;
    confirmMoves(
      of(
        DepotApiActions.receiptSucceeded({ depotId: 'd', result: { movements: 3, unitsCreated: 3 } }),
        DepotApiActions.receiptSucceeded({ depotId: 'd', result: { movements: 1, unitsCreated: 0 } }),
        DepotApiActions.transferSucceeded({ fromDepotId: 'a', toDepotId: 'b', result: { movements: 1 } }),
      ) as Actions,
      notifier,
      transloco,
    ).subscribe();
    expect(notifier.info.calls.allArgs()).toEqual([
      ['depot.receipt.doneUnits.other', { count: 3 }],
      ['depot.receipt.doneQuantity'],
      ['depot.transfer.done.one', { count: 1 }],
    ]);
  });
});
