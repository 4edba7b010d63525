import type { TranslocoService } from '@jsverse/transloco';
import type { Actions } from '@ngrx/effects';
import { of } from 'rxjs';
import { collect } from '../../../../testing/effects';
import type { Notifier } from '../../../core/notifications/notifier';
import { DepotApiActions, ReceiptDialogActions, TransferDialogActions } from './depot.actions';
import { apiFailure } from '../testing/api-failure';
import type { DepotApi } from './depot-api';
import { confirmMoves, receiveStock, transferStock } from './stock-moves.effects';

describe('stock moves effects', () => {
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
    api.receive.and.returnValues(apiFailure(422, 'receipt_rejected', { lines: problems }), apiFailure(500, 'internal_error'));
    const out = collect(receiveStock(of(submitted, submitted) as Actions, api));
    expect(out[0]).toEqual(DepotApiActions.receiptRejected({ problems: problems as never }));
    expect(out[1]).toEqual(DepotApiActions.receiptFailed({ error: { status: 500, code: 'internal_error', message: 'internal_error' } }));
  });

  it('keeps the details of a refused transfer (which item, how many are left)', () => {
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['transfer']);
    api.transfer.and.returnValue(apiFailure(409, 'insufficient_stock', { itemId: 'i-1', available: 3 }));
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
