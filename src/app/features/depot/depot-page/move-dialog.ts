import { effect, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { Depot } from '@contract';
import { IdempotencyKeys } from './idempotency-keys';

/** What the receipt and transfer dialogs are opened with. */
export interface MoveDialogData {
  depot: Depot;
}

/**
 * What the receipt and transfer dialogs share: the depot they were opened on, one idempotency key
 * per request body, and closing (with `true`) once the store says the move was done.
 */
export function moveDialog(done: () => boolean) {
  const dialogRef = inject(MatDialogRef);
  effect(() => {
    if (done()) dialogRef.close(true);
  });
  return { depot: inject<MoveDialogData>(MAT_DIALOG_DATA).depot, keys: new IdempotencyKeys(), cancel: () => dialogRef.close() };
}
