import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, type MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { JobRescheduleInput } from '@contract/jobs';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Observable } from 'rxjs';
import { LocalDatePipe } from '../local-date-pipe';
import { type RescheduleSubject, type TechnicianChoice, rescheduleForm, rescheduleInput } from './reschedule-form';

export interface RescheduleDialogData {
  /** The title, and where the focus starts: `reassign` on the job manager, the others on the start. */
  mode: 'reschedule' | 'reassign' | 'declined';
  job: RescheduleSubject;
  technicians: readonly TechnicianChoice[];
}

/** New dates and technicians for a job in one step; closes with the body of POST /:id/reschedule (the page sends it). */
@Component({
  selector: 'fd-reschedule-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reschedule-dialog.html',
  styles: `
    form {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 8px 16px;
      /* Room for the first fields' floating labels, which the scrolling content would clip. */
      padding-top: 6px;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .reason {
      margin: 0 0 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    .form-error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class RescheduleDialog {
  protected readonly data = inject<RescheduleDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<RescheduleDialog, JobRescheduleInput>>(MatDialogRef);
  protected readonly form = rescheduleForm(this.data.job);
  private readonly managerId = toSignal(this.form.controls.managerId.valueChanges, { initialValue: this.form.controls.managerId.value });
  /** The job manager is not offered as an auxiliary. */
  protected readonly auxiliaryOptions = computed(() => this.data.technicians.filter((t) => t.id !== this.managerId()));

  constructor() {
    // A technician made job manager stops being one of the auxiliaries.
    this.form.controls.managerId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      const auxiliaries = this.form.controls.auxiliaryIds;
      if (id && auxiliaries.value.includes(id)) auxiliaries.setValue(auxiliaries.value.filter((a) => a !== id));
    });
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    const input = rescheduleInput(this.form);
    if (input) this.dialogRef.close(input);
  }
}

/** Opens the dialog; emits the request body once, or undefined when it was cancelled. */
export function openRescheduleDialog(dialog: MatDialog, data: RescheduleDialogData): Observable<JobRescheduleInput | undefined> {
  return dialog
    .open<RescheduleDialog, RescheduleDialogData, JobRescheduleInput>(RescheduleDialog, { data, autoFocus: 'first-tabbable', width: '640px', maxWidth: '95vw' })
    .afterClosed();
}
