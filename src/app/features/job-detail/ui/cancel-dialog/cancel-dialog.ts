import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { requiredText, safeText } from '../../../../shared/util/text-validators';

export interface CancelDialogData {
  number: string;
}

/** Calling a job off needs a reason (kept in the history); closes with the reason. */
@Component({
  selector: 'fd-cancel-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'jobDetail.cancel.title' | transloco: { number: data.number } }}</h2>
    <form (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p>{{ 'jobDetail.cancel.message' | transloco }}</p>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'jobDetail.cancel.reason' | transloco }}</mat-label>
          <textarea matInput [formControl]="reason" rows="3" required cdkFocusInitial></textarea>
          @if (reason.errors | fieldError; as e) {
            <mat-error>{{ e.key | transloco: e.params }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'jobDetail.cancel.keep' | transloco }}</button>
        <button mat-flat-button type="submit" class="danger">{{ 'jobDetail.cancel.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
      min-width: 320px;
    }
  `,
})
export class CancelDialog {
  protected readonly data = inject<CancelDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CancelDialog, string>>(MatDialogRef);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [requiredText, Validators.maxLength(1000), safeText] });

  protected submit(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close(this.reason.value.trim());
  }
}
