import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

export interface ConfirmDialogData {
  titleKey: string;
  messageKey: string;
  confirmKey: string;
  cancelKey: string;
  /** Values for the title and message, e.g. `{ name: 'Boiler check' }`. */
  params?: Record<string, unknown>;
  /** What the question is about, listed under the message (already in the reader's words). */
  items?: readonly string[];
}

/** Yes/no question; closes with `true` when confirmed. */
@Component({
  selector: 'fd-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | transloco: data.params ?? {} }}</h2>
    <mat-dialog-content>
      <p>{{ data.messageKey | transloco: data.params ?? {} }}</p>
      @if (data.items?.length) {
        <ul>
          @for (item of data.items; track $index) {
            <li>{{ item }}</li>
          }
        </ul>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button [mat-dialog-close]="false" cdkFocusInitial>{{ data.cancelKey | transloco }}</button>
      <button mat-flat-button [mat-dialog-close]="true">{{ data.confirmKey | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}
