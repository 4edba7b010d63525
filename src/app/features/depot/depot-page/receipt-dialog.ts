import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import type { Depot, ReceiptRequest } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { callError } from '../../../shared/util/call-state';
import { ReceiptDialogActions, depotErrorMessage, searchView, selectHeldItemOptions, selectReceipt } from '../data-access';
import { ReceiptForm } from '../ui/receipt-form/receipt-form';
import { IdempotencyKeys } from './idempotency-keys';

export interface ReceiptDialogData {
  depot: Depot;
}

/** Receive stock: the form, the store's answer (problems line by line), closed once received. */
@Component({
  selector: 'fd-receipt-dialog',
  imports: [MatDialogModule, TranslocoPipe, ReceiptForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'depot.receipt.title' | transloco }}</h2>
    <mat-dialog-content>
      <fd-receipt-form
        [depotName]="data.depot.name"
        [itemOptions]="items.options()"
        [itemsSearched]="items.searched()"
        [problems]="receipt().problems"
        [saving]="receipt().callState === 'loading'"
        [error]="error()"
        (itemQueryChanged)="items.search($event)"
        (submitted)="submit($event)"
        (cancelled)="dialogRef.close()"
      />
    </mat-dialog-content>
  `,
})
export class ReceiptDialog {
  protected readonly data = inject<ReceiptDialogData>(MAT_DIALOG_DATA);
  protected readonly dialogRef = inject(MatDialogRef<ReceiptDialog>);
  private readonly store = inject(Store);
  private readonly keys = new IdempotencyKeys();

  protected readonly receipt = this.store.selectSignal(selectReceipt);
  protected readonly items = searchView(this.store.selectSignal(selectHeldItemOptions), (q) =>
    this.store.dispatch(ReceiptDialogActions.itemSearched({ q })),
  );
  protected readonly error = computed(() => {
    const error = callError(this.receipt().callState) ?? this.items.error();
    return error ? depotErrorMessage(error) : null;
  });

  constructor() {
    this.store.dispatch(ReceiptDialogActions.opened());
    effect(() => {
      if (this.receipt().callState === 'loaded') this.dialogRef.close(true);
    });
  }

  protected submit(request: ReceiptRequest): void {
    const idempotencyKey = this.keys.keyFor(request);
    this.store.dispatch(ReceiptDialogActions.submitted({ depotId: this.data.depot.id, request, idempotencyKey }));
  }
}
