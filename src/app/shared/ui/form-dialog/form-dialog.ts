import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

let nextId = 0;

/**
 * The frame of a dialog that asks for a few fields: the title, the caller's fields inside one form,
 * then Cancel (closes with nothing) and the submit button. Enter in a field and the button go the
 * same way: with a `form` control given, every field is marked touched (its error shows) and
 * `submitted` fires only once the control is valid.
 */
@Component({
  selector: 'fd-form-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ heading() }}</h2>
    <mat-dialog-content>
      <form [id]="formId" (submit)="submit($event)" novalidate>
        <ng-content />
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ cancelLabel() ?? ('common.cancel' | transloco) }}</button>
      <button mat-flat-button type="submit" [attr.form]="formId" [disabled]="submitDisabled()">{{ submitLabel() }}</button>
    </mat-dialog-actions>
  `,
  // The title, content and actions stay direct parts of the dialog's layout (the content scrolls, not the frame).
  styles: ':host { display: contents; }',
})
export class FormDialog {
  readonly heading = input.required<string>();
  readonly submitLabel = input.required<string>();
  /** "Cancel" unless told otherwise. */
  readonly cancelLabel = input<string>();
  /** Saving, or nothing to submit yet. */
  readonly submitDisabled = input(false);
  /** The fields' controls: submitting waits until they are valid. */
  readonly form = input<AbstractControl>();
  /** Enter in a field or the submit button, with every field valid. */
  readonly submitted = output<void>();

  /** Unique on the page: the submit button stands outside the form and names it. */
  protected readonly formId = `fd-form-dialog-${nextId++}`;

  protected submit(event: Event): void {
    event.preventDefault();
    const form = this.form();
    form?.markAllAsTouched();
    if (!form || form.valid) this.submitted.emit();
  }
}
