import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReserveFollowUpInput } from '@contract/reserves';
import { FormDialog } from '../../../shared/ui/form-dialog/form-dialog';
import type { PersonOption } from './person-option';
import { PersonSelect } from './person-select';

export interface FollowUpDialogData {
  technicians: PersonOption[];
}

interface FollowUpValue {
  plannedStart: string;
  plannedEnd: string;
  managerId: string | null;
}

/** The request body from the dialog's values: local date-times become UTC instants; empty ones are left out. */
export function followUpBody(value: FollowUpValue): ReserveFollowUpInput {
  const body: ReserveFollowUpInput = {};
  if (value.plannedStart) body.plannedStart = new Date(value.plannedStart).toISOString();
  if (value.plannedEnd) body.plannedEnd = new Date(value.plannedEnd).toISOString();
  if (value.managerId) body.managerId = value.managerId;
  return body;
}

function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const { plannedStart, plannedEnd } = group.value as FollowUpValue;
  return plannedStart && plannedEnd && plannedEnd <= plannedStart ? { endBeforeStart: true } : null;
}

/** "Create a follow-up job": optional dates and manager; closes with the request body. */
@Component({
  selector: 'fd-follow-up-dialog',
  imports: [ReactiveFormsModule, FormDialog, PersonSelect, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-dialog
      [heading]="'reserves.followUp.title' | transloco"
      [submitLabel]="'reserves.followUp.create' | transloco"
      [form]="form"
      (submitted)="submit()"
    >
      <ng-container [formGroup]="form">
        <p>{{ 'reserves.followUp.intro' | transloco }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'reserves.followUp.plannedStart' | transloco }}</mat-label>
          <input matInput type="datetime-local" formControlName="plannedStart" />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'reserves.followUp.plannedEnd' | transloco }}</mat-label>
          <input matInput type="datetime-local" formControlName="plannedEnd" />
        </mat-form-field>
        @if (form.hasError('endBeforeStart')) {
          <p class="error-text" role="alert">{{ 'reserves.followUp.endBeforeStart' | transloco }}</p>
        }
        <fd-person-select
          [control]="form.controls.managerId"
          [label]="'reserves.followUp.manager' | transloco"
          [noneLabel]="'reserves.followUp.noManager' | transloco"
          [people]="data.technicians"
        />
      </ng-container>
    </fd-form-dialog>
  `,
  styleUrl: './reserve-dialog.scss',
})
export class FollowUpDialog {
  protected readonly data = inject<FollowUpDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<FollowUpDialog, ReserveFollowUpInput>>(MatDialogRef);
  protected readonly form = new FormGroup(
    {
      plannedStart: new FormControl('', { nonNullable: true }),
      plannedEnd: new FormControl('', { nonNullable: true }),
      managerId: new FormControl<string | null>(null),
    },
    { validators: endAfterStart },
  );

  protected submit(): void {
    this.ref.close(followUpBody(this.form.getRawValue()));
  }
}
