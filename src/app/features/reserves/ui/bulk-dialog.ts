import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { reserveStatuses } from '@contract/rules';
import type { ReserveStatus } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReserveBulkInput } from '@contract/reserves';
import { FormDialog } from '../../../shared/ui/form-dialog/form-dialog';
import type { PersonOption } from './person-option';
import { PersonSelect } from './person-select';

export interface BulkDialogData {
  mode: 'status' | 'assign';
  ids: string[];
  supervisors: PersonOption[];
}

/** The body of a bulk action from the dialog's form: a status always comes with its comment. */
export function bulkBody(data: BulkDialogData, value: { status: ReserveStatus | null; comment: string; assigneeId: string | null }): ReserveBulkInput | null {
  if (data.mode === 'assign') return { ids: data.ids, assigneeId: value.assigneeId };
  const comment = value.comment.trim();
  if (!value.status || !comment) return null;
  return { ids: data.ids, status: value.status, comment };
}

/** Bulk status change (with a required comment) or bulk assignment; closes with the request body. */
@Component({
  selector: 'fd-reserve-bulk-dialog',
  imports: [ReactiveFormsModule, FormDialog, PersonSelect, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-dialog
      [heading]="(data.mode === 'status' ? 'reserves.bulk.statusTitle' : 'reserves.bulk.assignTitle') | transloco: { count: data.ids.length }"
      [submitLabel]="'reserves.form.apply' | transloco"
      [form]="form"
      (submitted)="submit()"
    >
      <ng-container [formGroup]="form">
        @if (data.mode === 'status') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'reserves.form.status' | transloco }}</mat-label>
            <mat-select formControlName="status" required>
              @for (status of statuses; track status) {
                <mat-option [value]="status">{{ 'reserves.status.' + status | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'reserves.form.comment' | transloco }}</mat-label>
            <textarea matInput formControlName="comment" rows="3" maxlength="2000" required></textarea>
            @if (form.controls.comment.touched && form.controls.comment.invalid) {
              <mat-error>{{ 'reserves.form.commentRequired' | transloco }}</mat-error>
            } @else {
              <mat-hint>{{ 'reserves.form.commentHint' | transloco }}</mat-hint>
            }
          </mat-form-field>
        } @else {
          <fd-person-select
            [control]="form.controls.assigneeId"
            [label]="'reserves.form.assignee' | transloco"
            [noneLabel]="'reserves.form.nobody' | transloco"
            [people]="data.supervisors"
          />
        }
      </ng-container>
    </fd-form-dialog>
  `,
  styleUrl: './reserve-dialog.scss',
})
export class BulkDialog {
  protected readonly data = inject<BulkDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<BulkDialog, ReserveBulkInput>>(MatDialogRef);
  protected readonly statuses = reserveStatuses;
  protected readonly form = new FormGroup({
    status: new FormControl<ReserveStatus | null>(null, this.data.mode === 'status' ? Validators.required : []),
    comment: new FormControl('', { nonNullable: true, validators: this.data.mode === 'status' ? [Validators.required, Validators.pattern(/\S/)] : [] }),
    assigneeId: new FormControl<string | null>(null),
  });

  protected submit(): void {
    const body = bulkBody(this.data, this.form.getRawValue());
    if (body) this.ref.close(body);
  }
}
