import { effect, untracked } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import type { CustomFieldDefinition } from '@contract';
import { CUSTOM_FIELD_TEXT_MAX } from '@contract/rules';
import { safeText } from '../../util/text-validators';

/** The custom fields of a customer or a job: one control per active definition, keyed by the definition's key. */
export type CustomFieldControls = FormGroup<{ [key: string]: AbstractControl }>;

export const createCustomFieldControls = (): CustomFieldControls => new FormGroup<{ [key: string]: AbstractControl }>({});

// The form's view of validateCustomFieldValues (contract/rules/custom-fields.ts), which the server runs again.
function validatorsFor(definition: CustomFieldDefinition): ValidatorFn[] {
  const required = definition.mandatory ? [definition.type === 'checkbox' ? Validators.requiredTrue : Validators.required] : [];
  return definition.type === 'text' ? [...required, Validators.maxLength(CUSTOM_FIELD_TEXT_MAX), safeText] : required;
}

function initialValue(definition: CustomFieldDefinition, stored: unknown): unknown {
  if (definition.type === 'checkbox') return stored === true;
  return stored ?? null;
}

/** One control per active definition, in order, holding the stored value (controls of removed or inactive definitions go). */
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
    const control = new FormControl<unknown>(initialValue(definition, stored[definition.key]), validatorsFor(definition));
    group.setControl(definition.key, control, { emitEvent: false });
  }
  group.markAsPristine();
}

/**
 * What to send as `customFields`: the stored values (so deactivated fields keep theirs) overwritten by
 * the form's; empty answers are sent as null and dropped by the server.
 */
/**
 * Keeps an edit form's custom-field controls in step with the definitions and the record's stored
 * values (`stored` undefined: not arrived yet), rebuilding them only while the user has not touched
 * them. Call it in a constructor (it creates an effect).
 */
export function keepCustomFieldControlsInStep(
  group: CustomFieldControls,
  definitions: () => readonly CustomFieldDefinition[],
  stored: () => Readonly<Record<string, unknown>> | undefined,
): void {
  effect(() => {
    const current = definitions();
    const values = stored();
    untracked(() => {
      if (values && group.pristine) syncCustomFieldControls(group, current, values);
    });
  });
}

export function customFieldValues(group: CustomFieldControls, stored: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = { ...stored };
  for (const [key, control] of Object.entries(group.controls)) {
    const value = typeof control.value === 'string' ? control.value.trim() : control.value;
    values[key] = value === '' || value === undefined ? null : value;
  }
  return values;
}

/** Whether two sets of values say the same (a missing key and null are both "no answer"). */
export function sameCustomFieldValues(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

export interface CustomFieldRow {
  key: string;
  label: string;
  /** A translation key (Yes/No) or the text itself. */
  shown: { text: string } | { key: string };
}

/** A stored value as text for a reader: the option's label, Yes/No keys for checkboxes, the raw value otherwise. */
export function displayCustomFieldValue(
  definition: CustomFieldDefinition | undefined,
  value: unknown,
  lang: string,
): { text: string } | { key: string } {
  if (definition?.type === 'checkbox' || typeof value === 'boolean') return { key: value ? 'customField.yes' : 'customField.no' };
  if (definition?.type === 'choice') {
    const option = definition.options.find((o) => o.value === value);
    if (option) return { text: lang === 'fr' ? option.labelFr : option.labelEn };
  }
  return { text: value === null || value === undefined ? '—' : String(value) };
}

/** The answered values with their labels in the language, in the definitions' order (unknown keys last, by key). */
export function customFieldRows(
  values: Readonly<Record<string, unknown>>,
  definitions: readonly CustomFieldDefinition[],
  lang: string,
): CustomFieldRow[] {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const order = (key: string) => byKey.get(key)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, value]) => {
      const definition = byKey.get(key);
      const label = definition ? (lang === 'fr' ? definition.labelFr : definition.labelEn) : key;
      return { key, label, shown: displayCustomFieldValue(definition, value, lang) };
    });
}
