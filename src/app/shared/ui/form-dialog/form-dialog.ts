import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/**
 * The frame of a dialog that asks for a few fields: the title, the caller's `<form id=…>` as the
 * content, then Cancel (closes with nothing) and the submit button, which submits that form by its id
 * so Enter in a field and the button go the same way (the form's ngSubmit).
 */
@Component({
  selector: 'fd-form-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ heading() }}</h2>
    <mat-dialog-content>
      <ng-content />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ cancelLabel() }}</button>
      <button mat-flat-button type="submit" [attr.form]="formId()" [disabled]="submitDisabled()">{{ submitLabel() }}</button>
    </mat-dialog-actions>
  `,
  // The title, content and actions stay direct parts of the dialog's layout (the content scrolls, not the frame).
  styles: ':host { display: contents; }',
})
export class FormDialog {
  readonly heading = input.required<string>();
  /** The id of the projected form, unique on the page. */
  readonly formId = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly cancelLabel = input.required<string>();
  /** Saving, or nothing to submit yet. */
  readonly submitDisabled = input(false);
}
