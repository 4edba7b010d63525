import { type AbstractControl, FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import type { CustomFieldDefinition } from '@contract';
import { safeText } from '../../../shared/util/text-validators';

export type CustomFieldControls = FormGroup<{ [key: string]: AbstractControl }>;

export const createCustomFieldControls = (): CustomFieldControls => new FormGroup<{ [key: string]: AbstractControl }>({});

// Rules mirror contract/custom-fields.ts validateCustomFieldValues (the server checks them again).
function validatorsFor(definition: CustomFieldDefinition): ValidatorFn[] {
  const required = definition.mandatory ? [definition.type === 'checkbox' ? Validators.requiredTrue : Validators.required] : [];
  return definition.type === 'text' ? [...required, Validators.maxLength(1000), safeText] : required;
}

function initialValue(definition: CustomFieldDefinition, stored: unknown): unknown {
  if (definition.type === 'checkbox') return stored === true;
  return stored ?? null;
}

/** One control per active definition, in order, holding the stored value (controls of removed definitions go). */
export function syncCustomFieldControls(
  group: CustomFieldControls,
  definitions: readonly CustomFieldDefinition[],
  stored: Readonly<Record<string, unknown>>,
): void {
  for (const key of Object.keys(group.controls)) {
    if (!definitions.some((d) => d.key === key)) group.removeControl(key, { emitEvent: false });
  }
  for (const definition of definitions) {
    const control = new FormControl<unknown>(initialValue(definition, stored[definition.key]), validatorsFor(definition));
    group.setControl(definition.key, control, { emitEvent: false });
  }
  group.markAsPristine();
}

/**
 * What to send as `customFields`: the stored values (so deactivated fields keep theirs) overwritten by
 * the form's; empty answers are sent as null and dropped by the server.
 */
export function customFieldValues(group: CustomFieldControls, stored: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = { ...stored };
  for (const [key, control] of Object.entries(group.controls)) {
    const value = typeof control.value === 'string' ? control.value.trim() : control.value;
    values[key] = value === '' || value === undefined ? null : value;
  }
  return values;
}

/** A stored value as text for a reader: the option's label, Yes/No keys for checkboxes, the raw value otherwise. */
export function displayCustomFieldValue(
  definition: CustomFieldDefinition | undefined,
  value: unknown,
  lang: string,
): { text: string } | { key: string } {
  if (definition?.type === 'checkbox' || typeof value === 'boolean') return { key: value ? 'customFields.yes' : 'customFields.no' };
  if (definition?.type === 'choice') {
    const option = definition.options.find((o) => o.value === value);
    if (option) return { text: lang === 'fr' ? option.labelFr : option.labelEn };
  }
  return { text: value === null || value === undefined ? '—' : String(value) };
}
