import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { RepairOutcome } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import { ConfirmDialog, type ConfirmDialogData } from '../../../../shared/ui/confirm-dialog/confirm-dialog';
import { pluralKey } from '../../../../shared/util/plural';

/**
 * How a page asks before setting what became of `count` units (call it in a field initializer).
 * Obsolete is final: it is asked for twice. `go` runs at once for a repair, after a yes for obsolete.
 */
export function repairConfirmation() {
  const dialog = inject(MatDialog);
  const lang = inject(TranslocoService).activeLang;
  return (outcome: RepairOutcome, count: number, go: () => void): void => {
    if (outcome === 'ok') {
      go();
      return;
    }
    const data: ConfirmDialogData = {
      titleKey: pluralKey('depot.repairs.confirmObsoleteTitle', count, lang()),
      messageKey: 'depot.repairs.confirmObsoleteMessage',
      confirmKey: 'depot.repairs.confirmObsolete',
      cancelKey: 'common.cancel',
      params: { count },
    };
    dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((yes) => {
        if (yes) go();
      });
  };
}
