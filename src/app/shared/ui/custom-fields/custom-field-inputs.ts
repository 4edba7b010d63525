import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CustomFieldDefinition } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../field-error-pipe';
import type { CustomFieldControls } from './custom-field-controls';

/** The custom fields of a customer or a job as typed controls (labels in the active language). */
@Component({
  selector: 'fd-custom-field-inputs',
  imports: [ReactiveFormsModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="row" [formGroup]="group()">
      @for (d of definitions(); track d.id) {
        @let control = group().controls[d.key];
        @if (control) {
          @switch (d.type) {
            @case ('checkbox') {
              <div class="checkbox">
                <mat-checkbox [formControlName]="d.key" [required]="d.mandatory">{{ labelOf(d) }}</mat-checkbox>
                @if (control.touched && control.errors?.['required']) {
                  <mat-error>{{ 'customField.mustBeTicked' | transloco }}</mat-error>
                }
              </div>
            }
            @case ('choice') {
              <mat-form-field appearance="outline">
                <mat-label>{{ labelOf(d) }}</mat-label>
                <mat-select [formControlName]="d.key" [required]="d.mandatory">
                  @if (!d.mandatory) {
                    <mat-option [value]="null">—</mat-option>
                  }
                  @for (o of d.options; track o.value) {
                    <mat-option [value]="o.value">{{ lang() === 'fr' ? o.labelFr : o.labelEn }}</mat-option>
                  }
                </mat-select>
                @if (control.errors | fieldError; as e) {
                  <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                }
              </mat-form-field>
            }
            @default {
              <mat-form-field appearance="outline">
                <mat-label>{{ labelOf(d) }}</mat-label>
                <!-- A static type="number" gives Angular's number accessor: the value is a number, not text. -->
                @if (d.type === 'number') {
                  <input matInput type="number" [formControlName]="d.key" [required]="d.mandatory" />
                } @else if (d.type === 'date') {
                  <input matInput type="date" [formControlName]="d.key" [required]="d.mandatory" />
                } @else {
                  <input matInput type="text" [formControlName]="d.key" [required]="d.mandatory" />
                }
                @if (control.errors | fieldError; as e) {
                  <mat-error>{{ e.key | transloco: e.params }}</mat-error>
                }
              </mat-form-field>
            }
          }
        }
      }
    </div>
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
    }
    mat-form-field {
      flex: 1 1 240px;
    }
    .checkbox {
      flex: 1 1 240px;
      padding-bottom: 16px;
    }
  `,
})
export class CustomFieldInputs {
  readonly group = input.required<CustomFieldControls>();
  /** Active definitions, in order. */
  readonly definitions = input<readonly CustomFieldDefinition[]>([]);
  readonly lang = input('en');

  protected labelOf(d: CustomFieldDefinition): string {
    return this.lang() === 'fr' ? d.labelFr : d.labelEn;
  }
}
