import { type AbstractControl, FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import type { CustomFieldDefinition } from '@contract';
import { safeText } from '../../../shared/util/text-validators';

// The customers feature keeps its own copy in its ui/ (features share only data-access): same rules,
// from contract/custom-fields.ts validateCustomFieldValues, which the server checks again.
export type CustomFieldControls = FormGroup<{ [key: string]: AbstractControl }>;

export const createCustomFieldControls = (): CustomFieldControls => new FormGroup<{ [key: string]: AbstractControl }>({});

function validatorsFor(definition: CustomFieldDefinition): ValidatorFn[] {
  const required = definition.mandatory ? [definition.type === 'checkbox' ? Validators.requiredTrue : Validators.required] : [];
  return definition.type === 'text' ? [...required, Validators.maxLength(1000), safeText] : required;
}

/** One control per active definition, holding the stored value. */
export function syncCustomFieldControls(
  group: CustomFieldControls,
  definitions: readonly CustomFieldDefinition[],
  stored: Readonly<Record<string, unknown>>,
): void {
  const active = definitions.filter((d) => d.active);
  for (const key of Object.keys(group.controls)) {
    if (!active.some((d) => d.key === key)) group.removeControl(key, { emitEvent: false });
  }
  for (const definition of active) {
    const value = definition.type === 'checkbox' ? stored[definition.key] === true : (stored[definition.key] ?? null);
    group.setControl(definition.key, new FormControl<unknown>(value, validatorsFor(definition)), { emitEvent: false });
  }
  group.markAsPristine();
}

/** The stored values (inactive fields keep theirs) overwritten by the form's; empty answers are dropped. */
export function customFieldValues(group: CustomFieldControls, stored: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = { ...stored };
  for (const [key, control] of Object.entries(group.controls)) {
    const value = typeof control.value === 'string' ? control.value.trim() : control.value;
    if (value === '' || value === null || value === undefined) delete values[key];
    else values[key] = value;
  }
  return values;
}

export function sameCustomFieldValues(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

/** A stored value for a reader: the option's label, Yes/No for checkboxes, the raw value otherwise. */
export function displayCustomFieldValue(
  definition: CustomFieldDefinition | undefined,
  value: unknown,
  lang: string,
): { text: string } | { key: string } {
  if (definition?.type === 'checkbox' || typeof value === 'boolean') return { key: value ? 'jobDetail.common.yes' : 'jobDetail.common.no' };
  if (definition?.type === 'choice') {
    const option = definition.options.find((o) => o.value === value);
    if (option) return { text: lang === 'fr' ? option.labelFr : option.labelEn };
  }
  return { text: value === null || value === undefined ? '—' : String(value) };
}
