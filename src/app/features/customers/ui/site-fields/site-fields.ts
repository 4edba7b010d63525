import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { FormFields, type FormFieldRow } from '../../../../shared/ui/form-fields/form-fields';
import { FormSection } from '../../../../shared/ui/form-section/form-section';
import type { SiteGroup } from '../customer-form-model';

const siteRows: readonly FormFieldRow[] = [
  [{ name: 'name', label: 'customers.form.siteName', required: true }],
  [
    { name: 'addressLine1', label: 'customers.form.addressLine1', required: true, autocomplete: 'address-line1' },
    { name: 'addressLine2', label: 'customers.form.addressLine2', autocomplete: 'address-line2' },
  ],
  [
    { name: 'postalCode', label: 'customers.form.postalCode', required: true, autocomplete: 'postal-code' },
    { name: 'city', label: 'customers.form.city', required: true, autocomplete: 'address-level2' },
    {
      name: 'country',
      label: 'customers.form.country',
      required: true,
      maxlength: 2,
      autocomplete: 'country',
      hint: 'customers.form.countryHint',
      errorKeys: { 'validation.pattern': 'customers.form.countryInvalid' },
    },
  ],
  [
    { name: 'latitude', label: 'customers.form.latitude', type: 'number', step: 'any' },
    { name: 'longitude', label: 'customers.form.longitude', type: 'number', step: 'any' },
  ],
  [{ name: 'accessNotes', label: 'customers.form.accessNotes', type: 'textarea', rows: 2 }],
];

/** One site of the customer form. */
@Component({
  selector: 'fd-site-fields',
  imports: [FormFields, FormSection, MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-form-section appearance="outlined" [title]="'customers.form.siteN' | transloco: { n: position() }">
      <fd-form-fields compact [group]="group()" [rows]="rows" />
      <button mat-button type="button" (click)="removed.emit()">
        <mat-icon aria-hidden="true">delete</mat-icon>
        {{ 'customers.form.removeSite' | transloco: { n: position() } }}
      </button>
    </fd-form-section>
  `,
})
export class SiteFields {
  readonly group = input.required<SiteGroup>();
  /** 1-based, for headings and labels. */
  readonly position = input.required<number>();
  readonly removed = output<void>();
  protected readonly rows = siteRows;
}
