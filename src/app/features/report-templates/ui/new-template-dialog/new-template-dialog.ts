import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CreateReportTemplate } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../../../../shared/ui/field-error-pipe';
import { FormDialog } from '../../../../shared/ui/form-dialog/form-dialog';
import { requiredText, safeText } from '../../../../shared/util/text-validators';

/** Name (and description) of a new template; closes with what to create, or nothing. */
@Component({
  selector: 'fd-new-template-dialog',
  imports: [ReactiveFormsModule, FormDialog, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-dialog
      [heading]="'reportTemplates.create.title' | transloco"
      [submitLabel]="'reportTemplates.create.submit' | transloco"
      [form]="form"
      (submitted)="submit()"
    >
      <ng-container [formGroup]="form">
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'reportTemplates.create.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required maxlength="120" cdkFocusInitial />
          @if (form.controls.name.errors | fieldError; as e) {
            <mat-error>{{ e.key | transloco: e.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'reportTemplates.create.description' | transloco }}</mat-label>
          <textarea matInput formControlName="description" rows="3" maxlength="1000"></textarea>
          @if (form.controls.description.errors | fieldError; as e) {
            <mat-error>{{ e.key | transloco: e.params }}</mat-error>
          }
        </mat-form-field>
      </ng-container>
    </fd-form-dialog>
  `,
  styleUrl: '../../../../shared/ui/form-dialog/form-dialog-fields.scss',
})
export class NewTemplateDialog {
  private readonly dialogRef = inject<MatDialogRef<NewTemplateDialog, CreateReportTemplate>>(MatDialogRef);
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [requiredText, safeText, Validators.maxLength(120)] }),
    description: new FormControl('', { nonNullable: true, validators: [safeText, Validators.maxLength(1000)] }),
  });

  protected submit(): void {
    const { name, description } = this.form.getRawValue();
    this.dialogRef.close({ name: name.trim(), description: description.trim() || null });
  }
}
