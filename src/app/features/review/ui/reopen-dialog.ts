import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormDialog } from '../../../shared/ui/form-dialog/form-dialog';

/** Sends the job back to its technicians; the reason is required (they read it in the app). Closes with the reason. */
@Component({
  selector: 'fd-reopen-dialog',
  imports: [FormDialog, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-dialog [heading]="'review.reopen.title' | transloco" [submitLabel]="'review.reopen.confirm' | transloco" [form]="reason" (submitted)="submit()">
      <p>{{ 'review.reopen.explain' | transloco }}</p>
      <mat-form-field class="full">
        <mat-label>{{ 'review.reopen.reason' | transloco }}</mat-label>
        <textarea matInput [formControl]="reason" rows="4" maxlength="1000" required cdkFocusInitial></textarea>
        @if (reason.touched && reason.invalid) {
          <mat-error>{{ 'review.reopen.reasonRequired' | transloco }}</mat-error>
        }
      </mat-form-field>
    </fd-form-dialog>
  `,
  styleUrl: '../../../shared/ui/form-dialog/form-dialog-fields.scss',
})
export class ReopenDialog {
  private readonly ref = inject<MatDialogRef<ReopenDialog, string>>(MatDialogRef);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] });

  protected submit(): void {
    this.ref.close(this.reason.value.trim());
  }
}
