import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type FormArray, type FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormFields } from '../../../../shared/ui/form-fields/form-fields';
import { FormSection } from '../../../../shared/ui/form-section/form-section';
import type { CustomerEntryKind } from './customer-entry-kinds';

/** One repeatable list of the customer form (its sites or its contacts): each entry's fields, remove and add. */
@Component({
  selector: 'fd-customer-entries',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatIconModule, TranslocoPipe, FormFields, FormSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let k = kind();
    <h2>{{ k.heading | transloco }}</h2>
    @for (group of list().controls; track group; let i = $index) {
      <fd-form-section appearance="outlined" [title]="k.entryTitle | transloco: { n: i + 1 }" [formGroup]="group">
        <fd-form-fields compact [group]="group" [rows]="k.rows" />
        @if (k.hasPrimary) {
          <mat-checkbox formControlName="isPrimary">{{ 'customers.form.isPrimary' | transloco }}</mat-checkbox>
        }
        <div>
          <button mat-button type="button" (click)="removed.emit(i)">
            <mat-icon aria-hidden="true">delete</mat-icon>
            {{ k.removeLabel | transloco: { n: i + 1 } }}
          </button>
        </div>
      </fd-form-section>
    }
    <button mat-stroked-button type="button" (click)="added.emit()">
      <mat-icon aria-hidden="true">{{ k.addIcon }}</mat-icon>
      {{ k.addLabel | transloco }}
    </button>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 24px 0 12px;
    }
  `,
})
export class CustomerEntries {
  readonly kind = input.required<CustomerEntryKind>();
  readonly list = input.required<FormArray<FormGroup>>();
  readonly added = output<void>();
  /** The entry's index in the list. */
  readonly removed = output<number>();
}
