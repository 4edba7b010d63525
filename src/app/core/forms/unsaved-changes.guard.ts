import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { map } from 'rxjs';
import { ConfirmDialog, type ConfirmDialogData } from '../../shared/ui/confirm-dialog/confirm-dialog';

export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a form whose edits were not saved. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component.hasUnsavedChanges()) return true;
  const data: ConfirmDialogData = {
    titleKey: 'unsaved.title',
    messageKey: 'unsaved.message',
    confirmKey: 'unsaved.leave',
    cancelKey: 'unsaved.stay',
  };
  return inject(MatDialog)
    .open(ConfirmDialog, { data, role: 'alertdialog' })
    .afterClosed()
    .pipe(map((leave) => leave === true));
};
