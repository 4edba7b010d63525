import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormFields, type FormFieldRow } from '../../../../shared/ui/form-fields/form-fields';
import { FormSection } from '../../../../shared/ui/form-section/form-section';
import type { ContactGroup } from '../customer-form-model';

const contactRows: readonly FormFieldRow[] = [
  [
    { name: 'name', label: 'customers.form.contactName', required: true, autocomplete: 'off' },
    { name: 'jobTitle', label: 'customers.form.jobTitle', autocomplete: 'off' },
  ],
  [
    { name: 'phone', label: 'customers.form.phone', type: 'tel', autocomplete: 'off' },
    { name: 'mobile', label: 'customers.form.mobile', type: 'tel', autocomplete: 'off' },
    { name: 'email', label: 'customers.form.email', type: 'email', autocomplete: 'off' },
  ],
];

/** One contact of the customer form. */
@Component({
  selector: 'fd-contact-fields',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatIconModule, TranslocoPipe, FormFields, FormSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-section appearance="outlined" [title]="'customers.form.contactN' | transloco: { n: position() }" [formGroup]="group()">
      <fd-form-fields compact [group]="group()" [rows]="rows" />
      <mat-checkbox formControlName="isPrimary">{{ 'customers.form.isPrimary' | transloco }}</mat-checkbox>
      <div>
        <button mat-button type="button" (click)="removed.emit()">
          <mat-icon aria-hidden="true">delete</mat-icon>
          {{ 'customers.form.removeContact' | transloco: { n: position() } }}
        </button>
      </div>
    </fd-form-section>
  `,
})
export class ContactFields {
  readonly group = input.required<ContactGroup>();
  readonly position = input.required<number>();
  readonly removed = output<void>();
  protected readonly rows = contactRows;
}
