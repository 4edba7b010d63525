import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { SERIAL_PATTERN, normalizeSerial } from '@contract/rules';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormDialog } from '../../../shared/ui/form-dialog/form-dialog';

export interface CorrectSerialData {
  /** The serial the technician typed. */
  serial: string;
  /** Where that serial is recorded (a customer's or a depot's name), as the dialog says it. */
  place: string;
}

/** The office types the serial that is really on the part (issue 14 §1); closes with it, normalized as the server does. */
@Component({
  selector: 'fd-correct-serial-dialog',
  imports: [FormDialog, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-dialog
      [heading]="'review.takeBack.correctTitle' | transloco: { serial: data.serial }"
      [submitLabel]="'review.takeBack.correctSave' | transloco"
      [form]="serial"
      (submitted)="submit()"
    >
      <p class="explain">{{ 'review.takeBack.correctExplain' | transloco: { place: data.place } }}</p>
      <mat-form-field class="full">
        <mat-label>{{ 'review.takeBack.serial' | transloco }}</mat-label>
        <input matInput [formControl]="serial" maxlength="64" required autocomplete="off" spellcheck="false" cdkFocusInitial />
        @if (serial.touched && serial.invalid) {
          <mat-error>{{ 'review.takeBack.serialInvalid' | transloco }}</mat-error>
        }
      </mat-form-field>
    </fd-form-dialog>
  `,
  styleUrl: '../../../shared/ui/form-dialog/form-dialog-fields.scss',
  styles: '.explain { max-width: 48ch; }',
})
export class CorrectSerialDialog {
  protected readonly data = inject<CorrectSerialData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CorrectSerialDialog, string>>(MatDialogRef);
  protected readonly serial = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, (control) => (SERIAL_PATTERN.test(normalizeSerial(String(control.value))) ? null : { serial: true })],
  });

  protected submit(): void {
    this.ref.close(normalizeSerial(this.serial.value));
  }
}
