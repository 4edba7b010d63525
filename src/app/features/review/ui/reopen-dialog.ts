import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

/** Sends the job back to its technicians; the reason is required (they read it in the app). Closes with the reason. */
@Component({
  selector: 'fd-reopen-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); submit()">
      <h2 mat-dialog-title>{{ 'review.reopen.title' | transloco }}</h2>
      <mat-dialog-content>
        <p>{{ 'review.reopen.explain' | transloco }}</p>
        <mat-form-field class="wide">
          <mat-label>{{ 'review.reopen.reason' | transloco }}</mat-label>
          <textarea matInput [formControl]="reason" rows="4" maxlength="1000" required cdkFocusInitial></textarea>
          @if (reason.touched && reason.invalid) {
            <mat-error>{{ 'review.reopen.reasonRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'review.reopen.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
      min-width: 320px;
    }
  `,
})
export class ReopenDialog {
  private readonly ref = inject<MatDialogRef<ReopenDialog, string>>(MatDialogRef);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] });

  protected submit(): void {
    this.reason.markAsTouched();
    if (this.reason.valid) this.ref.close(this.reason.value.trim());
  }
}
