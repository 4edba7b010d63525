import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import type { AnswerCorrectionInput, JobAnswer, TemplateField } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormDialog } from '../../../shared/ui/form-dialog/form-dialog';

export interface CorrectAnswerData {
  field: TemplateField;
  answer: JobAnswer | null;
  /** The setting "signatures cleared when the report is edited"; null when unknown. */
  clearsSignatures: boolean | null;
}

const VALIDATION_VALUES = ['compliant', 'not_compliant', 'not_applicable'] as const;

/** The value a form input holds turned into the answer the API expects for this field type; null when not valid. */
export function correctedValue(field: TemplateField, raw: unknown): unknown {
  switch (field.type) {
    case 'checkbox':
      return raw === true;
    case 'number': {
      if (raw === '' || raw === null || raw === undefined) return null;
      const n = Number(raw);
      if (!Number.isFinite(n) || (field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) return null;
      return n;
    }
    case 'date':
      return typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null;
    case 'time':
      return typeof raw === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(raw) ? raw : null;
    case 'choice':
      if (field.multiple) return Array.isArray(raw) && raw.length ? raw : null;
      return typeof raw === 'string' && (field.options ?? []).includes(raw) ? raw : null;
    case 'validation':
      return VALIDATION_VALUES.includes(raw as (typeof VALIDATION_VALUES)[number]) ? raw : null;
    default:
      return typeof raw === 'string' && raw.trim() ? raw.trim() : null;
  }
}

/** The office corrects one answer with the input its type needs; closes with the correction to send. */
@Component({
  selector: 'fd-correct-answer-dialog',
  imports: [FormDialog, MatFormFieldModule, MatInputModule, MatCheckboxModule, MatSelectModule, MatRadioModule, FormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = data.field;
    <fd-form-dialog [heading]="'review.correct.title' | transloco: { field: f.label }" [submitLabel]="'review.correct.save' | transloco" (submitted)="submit()">
      <div class="content">
        @switch (f.type) {
          @case ('checkbox') {
            <mat-checkbox [ngModel]="value()" (ngModelChange)="value.set($event)" name="value">{{ f.label }}</mat-checkbox>
          }
          @case ('choice') {
            <mat-form-field>
              <mat-label>{{ f.label }}</mat-label>
              <mat-select [ngModel]="value()" (ngModelChange)="value.set($event)" name="value" [multiple]="!!f.multiple">
                @for (option of f.options ?? []; track option) {
                  <mat-option [value]="option">{{ option }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
          @case ('validation') {
            <mat-radio-group [ngModel]="value()" (ngModelChange)="value.set($event)" name="value" [attr.aria-label]="f.label" class="radios">
              @for (v of validationValues; track v) {
                <mat-radio-button [value]="v">{{ 'jobReport.validation.' + v | transloco }}</mat-radio-button>
              }
            </mat-radio-group>
          }
          @default {
            <mat-form-field>
              <mat-label>{{ f.label }}</mat-label>
              <input matInput name="value" [type]="inputType()" [ngModel]="value()" (ngModelChange)="value.set($event)" [attr.min]="f.min ?? null" [attr.max]="f.max ?? null" />
              @if (f.unit) {
                <span matTextSuffix>{{ f.unit }}</span>
              }
            </mat-form-field>
          }
        }
        <mat-form-field>
          <mat-label>{{ 'review.correct.comment' | transloco }}</mat-label>
          <textarea matInput name="comment" rows="2" maxlength="2000" [ngModel]="comment()" (ngModelChange)="comment.set($event)"></textarea>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'review.correct.reason' | transloco }}</mat-label>
          <input matInput name="reason" maxlength="1000" [ngModel]="reason()" (ngModelChange)="reason.set($event)" />
        </mat-form-field>
        <p class="note">
          {{ (data.clearsSignatures === true ? 'review.correct.clearsSignatures' : data.clearsSignatures === false ? 'review.correct.keepsSignatures' : 'review.correct.mayClearSignatures') | transloco }}
        </p>
        @if (invalid()) {
          <p class="error" role="alert">{{ 'review.correct.invalid' | transloco }}</p>
        }
      </div>
    </fd-form-dialog>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 340px;
    }
    .radios {
      display: flex;
      flex-direction: column;
    }
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CorrectAnswerDialog {
  protected readonly data = inject<CorrectAnswerData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CorrectAnswerDialog, AnswerCorrectionInput>>(MatDialogRef);
  protected readonly validationValues = VALIDATION_VALUES;
  protected readonly value = signal<unknown>(this.data.answer?.value ?? (this.data.field.type === 'checkbox' ? false : ''));
  protected readonly comment = signal(this.data.answer?.comment ?? '');
  protected readonly reason = signal('');
  protected readonly invalid = signal(false);
  protected readonly inputType = computed(() => ({ number: 'number', date: 'date', time: 'time' })[this.data.field.type as string] ?? 'text');

  protected submit(): void {
    const value = correctedValue(this.data.field, this.value());
    if (value === null) {
      this.invalid.set(true);
      return;
    }
    const comment = this.comment().trim();
    const input: AnswerCorrectionInput = { value, comment: comment || null };
    if (this.reason().trim()) input.reason = this.reason().trim();
    this.ref.close(input);
  }
}
