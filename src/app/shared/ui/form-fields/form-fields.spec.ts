import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { type FormFieldRow, FormFields } from './form-fields';

const rows: readonly FormFieldRow[] = [
  [{ name: 'name', label: 'customers.form.name', required: true, autocomplete: 'organization' }],
  [
    { name: 'country', label: 'customers.form.country', hint: 'customers.form.countryHint', errorKeys: { 'validation.pattern': 'customers.form.countryInvalid' } },
    { name: 'latitude', label: 'customers.form.latitude', type: 'number', step: 'any' },
  ],
  [{ name: 'notes', label: 'customers.form.notes', type: 'textarea', rows: 2 }],
];

describe('FormFields', () => {
  let fixture: ComponentFixture<FormFields>;
  let group: FormGroup<{ name: FormControl<string>; country: FormControl<string>; latitude: FormControl<number | null>; notes: FormControl<string> }>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [FormFields, translocoTesting()], providers: [provideZonelessChangeDetection()] });
    group = new FormGroup({
      name: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      country: new FormControl('FR', { nonNullable: true, validators: [Validators.pattern(/^[A-Z]{2}$/)] }),
      latitude: new FormControl<number | null>(null),
      notes: new FormControl('', { nonNullable: true }),
    });
    fixture = TestBed.createComponent(FormFields);
    fixture.componentRef.setInput('group', group);
    fixture.componentRef.setInput('rows', rows);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const field = (label: string) =>
    [...element.querySelectorAll('mat-form-field')].find((f) => f.querySelector('mat-label')?.textContent?.trim().startsWith(label))!;

  it('lays the fields out line by line with their labels and hints', () => {
    expect(element.querySelectorAll('.row').length).toBe(3);
    expect(element.querySelectorAll('.row')[1].querySelectorAll('mat-form-field').length).toBe(2);
    expect(field('Country').querySelector('mat-hint')).not.toBeNull();
    expect(field('Name').querySelector('input')!.getAttribute('autocomplete')).toBe('organization');
    expect(field('Notes').querySelector('textarea')!.rows).toBe(2);
  });

  it('edits the caller’s controls, numbers as numbers', async () => {
    const latitude = field('Latitude').querySelector('input')!;
    latitude.value = '48.85';
    latitude.dispatchEvent(new Event('input'));
    const name = field('Name').querySelector('input')!;
    name.value = 'Acme';
    name.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(group.controls.latitude.value).toBe(48.85);
    expect(group.controls.name.value).toBe('Acme');
  });

  it('shows a touched field’s first error, in the field’s own words where it has them', async () => {
    group.controls.country.setValue('France');
    group.markAllAsTouched();
    fixture.changeDetectorRef.markForCheck();
    await fixture.whenStable();
    expect(field('Name').querySelector('mat-error')?.textContent?.trim()).toBeTruthy();
    expect(field('Country').querySelector('mat-error')?.textContent?.trim()).toBe('Use a 2-letter country code');
    expect(field('Latitude').querySelector('mat-error')).toBeNull();
  });
});
