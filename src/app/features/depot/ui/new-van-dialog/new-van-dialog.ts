import { ChangeDetectionStrategy, Component, type Signal, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { CreateDepotRequest, TechnicianOption } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { requiredText, safeText } from '../../../../shared/util/text-validators';
import type { Message } from '../message';
import { FormDialog } from '../../../../shared/ui/form-dialog/form-dialog';

export interface NewVanDialogData {
  /** Technicians without a van (a technician owns at most one). */
  technicians: Signal<readonly TechnicianOption[]>;
  loading: Signal<boolean>;
  error: Signal<Message | null>;
}

/** A van depot for a technician who has none; closes with what to create, or nothing. */
@Component({
  selector: 'fd-new-van-dialog',
  imports: [
    ReactiveFormsModule,
    FormDialog,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-dialog
      [heading]="'depot.newVan.title' | transloco"
      [submitLabel]="'depot.newVan.submit' | transloco"
      [submitDisabled]="data.technicians().length === 0"
      [form]="form"
      (submitted)="submit()"
    >
      <ng-container [formGroup]="form">
        @if (data.loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        } @else if (data.error(); as e) {
          <p class="error-text" role="alert">{{ e.key | transloco: e.params }}</p>
        } @else if (data.technicians().length === 0) {
          <p role="status">{{ 'depot.newVan.noneWithout' | transloco }}</p>
        }
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'depot.newVan.technician' | transloco }}</mat-label>
          <mat-select formControlName="ownerId" required (selectionChange)="suggestName($event.value)">
            @for (technician of data.technicians(); track technician.id) {
              <mat-option [value]="technician.id">{{ technician.displayName }}</mat-option>
            }
          </mat-select>
          @if (form.controls.ownerId.errors | fieldError; as e) {
            <mat-error>{{ e.key | transloco: e.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'depot.newVan.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required maxlength="120" />
          @if (form.controls.name.errors | fieldError; as e) {
            <mat-error>{{ e.key | transloco: e.params }}</mat-error>
          }
        </mat-form-field>
      </ng-container>
    </fd-form-dialog>
  `,
  styleUrl: '../../../../shared/ui/form-dialog/form-dialog-fields.scss',
})
export class NewVanDialog {
  protected readonly data = inject<NewVanDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<NewVanDialog, CreateDepotRequest>>(MatDialogRef);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(NonNullableFormBuilder).group({
    ownerId: ['', Validators.required],
    name: ['', [requiredText, safeText, Validators.maxLength(120)]],
  });

  /** "Van — Léa Martin" unless a name was typed by hand. */
  protected suggestName(ownerId: string): void {
    const name = this.form.controls.name;
    if (name.dirty && name.value.trim()) return;
    const technician = this.data.technicians().find((t) => t.id === ownerId);
    if (technician) name.setValue(this.transloco.translate('depot.newVan.defaultName', { name: technician.displayName }));
  }

  protected submit(): void {
    const { ownerId, name } = this.form.getRawValue();
    this.dialogRef.close({ ownerId, name: name.trim() });
  }
}
