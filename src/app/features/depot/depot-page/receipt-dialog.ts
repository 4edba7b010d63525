import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatDialogModule } from '@angular/material/dialog';
import type { ReceiptRequest } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { callError } from '../../../shared/util/call-state';
import { ReceiptDialogActions, depotErrorMessage, searchView, selectHeldItemOptions, selectReceipt } from '../data-access';
import { ReceiptForm } from '../ui/receipt-form/receipt-form';
import { moveDialog } from './move-dialog';

/** Receive stock: the form, the store's answer (problems line by line), closed once received. */
@Component({
  selector: 'fd-receipt-dialog',
  imports: [MatDialogModule, TranslocoPipe, ReceiptForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'depot.receipt.title' | transloco }}</h2>
    <mat-dialog-content>
      <fd-receipt-form
        [depotName]="move.depot.name"
        [itemOptions]="items.options()"
        [itemsSearched]="items.searched()"
        [problems]="receipt().problems"
        [saving]="receipt().callState === 'loading'"
        [error]="error()"
        (itemQueryChanged)="items.search($event)"
        (submitted)="submit($event)"
        (cancelled)="move.cancel()"
      />
    </mat-dialog-content>
  `,
})
export class ReceiptDialog {
  private readonly store = inject(Store);
  protected readonly receipt = this.store.selectSignal(selectReceipt);
  protected readonly move = moveDialog(() => this.receipt().callState === 'loaded');
  protected readonly items = searchView(this.store.selectSignal(selectHeldItemOptions), (q) =>
    this.store.dispatch(ReceiptDialogActions.itemSearched({ q })),
  );
  protected readonly error = computed(() => {
    const error = callError(this.receipt().callState) ?? this.items.error();
    return error ? depotErrorMessage(error) : null;
  });

  constructor() {
    this.store.dispatch(ReceiptDialogActions.opened());
  }

  protected submit(request: ReceiptRequest): void {
    const idempotencyKey = this.move.keys.keyFor(request);
    this.store.dispatch(ReceiptDialogActions.submitted({ depotId: this.move.depot.id, request, idempotencyKey }));
  }
}
