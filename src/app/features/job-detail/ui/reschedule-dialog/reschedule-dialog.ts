import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { TechnicianOption } from '@contract';
import type { JobRescheduleInput } from '@contract/jobs';
import { TranslocoPipe } from '@jsverse/transloco';
import { fromInstant, toInstant } from '../job-form-model';

export interface RescheduleDialogData {
  /** `reassign` opens on the technicians; both change dates and technicians together. */
  mode: 'reschedule' | 'reassign';
  number: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  managerId: string | null;
  auxiliaryIds: string[];
  technicians: readonly TechnicianOption[];
}

const rules = (group: AbstractControl): ValidationErrors | null => {
  const v = group.value as { startDate: Date | null; startTime: string; endDate: Date | null; endTime: string; managerId: string | null; auxiliaryIds: string[] };
  const start = toInstant(v.startDate, v.startTime);
  const end = toInstant(v.endDate, v.endTime);
  const errors: ValidationErrors = {};
  if (!start || !end) errors['datesNeeded'] = true;
  else if (end <= start) errors['endBeforeStart'] = true;
  if (v.managerId && v.auxiliaryIds.includes(v.managerId)) errors['managerAlsoAuxiliary'] = true;
  return Object.keys(errors).length ? errors : null;
};

/** New dates and technicians for a job; closes with the body of POST /:id/reschedule. */
@Component({
  selector: 'fd-reschedule-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  providers: [provideNativeDateAdapter()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'jobDetail.reschedule.' + data.mode + 'Title' | transloco: { number: data.number } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'jobDetail.form.startDate' | transloco }}</mat-label>
            <input matInput formControlName="startDate" [matDatepicker]="startPicker" [attr.cdkFocusInitial]="data.mode === 'reschedule' ? '' : null" />
            <mat-datepicker-toggle matIconSuffix [for]="startPicker" />
            <mat-datepicker #startPicker />
          </mat-form-field>
          <mat-form-field appearance="outline" class="time">
            <mat-label>{{ 'jobDetail.form.startTime' | transloco }}</mat-label>
            <input matInput type="time" formControlName="startTime" />
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'jobDetail.form.endDate' | transloco }}</mat-label>
            <input matInput formControlName="endDate" [matDatepicker]="endPicker" />
            <mat-datepicker-toggle matIconSuffix [for]="endPicker" />
            <mat-datepicker #endPicker />
          </mat-form-field>
          <mat-form-field appearance="outline" class="time">
            <mat-label>{{ 'jobDetail.form.endTime' | transloco }}</mat-label>
            <input matInput type="time" formControlName="endTime" />
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'jobDetail.form.manager' | transloco }}</mat-label>
            <mat-select formControlName="managerId" [attr.cdkFocusInitial]="data.mode === 'reassign' ? '' : null">
              <mat-option [value]="null">—</mat-option>
              @for (t of data.technicians; track t.id) {
                <mat-option [value]="t.id">{{ t.displayName }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'jobDetail.form.auxiliaries' | transloco }}</mat-label>
            <mat-select formControlName="auxiliaryIds" multiple>
              @for (t of data.technicians; track t.id) {
                <mat-option [value]="t.id">{{ t.displayName }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        @if (tried()) {
          @for (key of errorKeys(); track key) {
            <p class="form-error" role="alert">{{ 'jobDetail.form.errors.' + key | transloco }}</p>
          }
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'jobDetail.reschedule.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .row {
      display: flex;
      gap: 0 12px;
      flex-wrap: wrap;
      mat-form-field {
        flex: 1 1 200px;
      }
      .time {
        flex: 0 1 140px;
      }
    }
    .form-error {
      color: var(--mat-sys-error);
      margin: 0 0 8px;
    }
  `,
})
export class RescheduleDialog {
  protected readonly data = inject<RescheduleDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RescheduleDialog, JobRescheduleInput>>(MatDialogRef);
  private readonly start = fromInstant(this.data.plannedStart);
  private readonly end = fromInstant(this.data.plannedEnd);
  protected readonly form = new FormGroup(
    {
      startDate: new FormControl<Date | null>(this.start.date),
      startTime: new FormControl(this.start.time, { nonNullable: true }),
      endDate: new FormControl<Date | null>(this.end.date),
      endTime: new FormControl(this.end.time, { nonNullable: true }),
      managerId: new FormControl<string | null>(this.data.managerId),
      auxiliaryIds: new FormControl<string[]>(this.data.auxiliaryIds, { nonNullable: true }),
    },
    { validators: rules },
  );
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly tried = signal(false);
  protected readonly errorKeys = computed(() => {
    this.status();
    return Object.keys(this.form.errors ?? {});
  });

  protected submit(): void {
    this.tried.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.ref.close({
      plannedStart: toInstant(v.startDate, v.startTime)!,
      plannedEnd: toInstant(v.endDate, v.endTime)!,
      managerId: v.managerId,
      auxiliaryIds: v.auxiliaryIds,
    });
  }
}
