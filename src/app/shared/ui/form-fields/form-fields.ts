import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { type AbstractControl, type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorPipe } from '../field-error-pipe';

/** One text field of a form, as data: the control it edits, its label and how it asks for its value. */
export interface FormFieldSpec {
  /** The control's name in the group. */
  readonly name: string;
  /** i18n key of the label. */
  readonly label: string;
  /** The input's type; 'textarea' is a textarea of `rows` lines. */
  readonly type?: 'text' | 'email' | 'tel' | 'number' | 'textarea';
  readonly rows?: number;
  readonly required?: boolean;
  readonly autocomplete?: string;
  readonly maxlength?: number;
  /** 'any' lets a number field take decimals. */
  readonly step?: string;
  /** i18n key of a hint under the field. */
  readonly hint?: string;
  /** This field's own words for some errors: the generic error key → the key to show instead. */
  readonly errorKeys?: Readonly<Record<string, string>>;
}

/** Fields side by side on one line; a field alone takes the whole width. */
export type FormFieldRow = readonly FormFieldSpec[];

/**
 * The text fields of a form group, line by line (inside an fd-form-section, which lays the lines
 * out), from a table of specs: outlined Material fields
 * with their label, hint and first validation error. The controls stay in the caller's form (a
 * FormGroupDirective around this component still decides when errors show, e.g. after a submit).
 */
@Component({
  selector: 'fd-form-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './form-fields.html',
  styleUrl: './form-fields.scss',
  host: { '[class.compact]': 'compact()' },
})
export class FormFields {
  readonly group = input.required<{ readonly controls: Readonly<Record<string, AbstractControl>> }>();
  readonly rows = input.required<readonly FormFieldRow[]>();
  /** Narrower fields, for a group repeated inside a form (a site, a contact). */
  readonly compact = input(false, { transform: booleanAttribute });

  protected control(field: FormFieldSpec): FormControl {
    return this.group().controls[field.name] as FormControl;
  }
}
