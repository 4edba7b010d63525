import type { CustomFieldDefinition, CustomFieldOption } from '../custom-fields';
import { INVALID_TEXT } from './common';

export const customFieldTypes = ['text', 'number', 'date', 'choice', 'checkbox'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

/** Options are required by `choice` fields, refused by the others, and their values unique. */
export function optionProblems(type: CustomFieldType, options: readonly CustomFieldOption[]): string[] {
  if (type !== 'choice') return options.length > 0 ? ['Only a choice field has options'] : [];
  if (options.length === 0) return ['A choice field needs at least one option'];
  const values = options.map((o) => o.value);
  const twice = values.filter((v, i) => values.indexOf(v) !== i);
  return twice.length > 0 ? [`Option values must be unique: ${[...new Set(twice)].join(', ')}`] : [];
}

export type CustomFieldValue = string | number | boolean;
export type CustomFieldRule = Pick<CustomFieldDefinition, 'key' | 'type' | 'options' | 'mandatory' | 'active'>;
export type CustomFieldIssueCode = 'unknown_field' | 'required' | 'wrong_type' | 'not_an_option' | 'invalid_text' | 'invalid_date';
export interface CustomFieldIssue {
  key: string;
  code: CustomFieldIssueCode;
  message: string;
}
export type CustomFieldValidation =
  | { ok: true; values: Record<string, CustomFieldValue> }
  | { ok: false; issues: CustomFieldIssue[] };

/** The longest text value a custom field takes. */
export const CUSTOM_FIELD_TEXT_MAX = 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks the values of one entity against its definitions (pure: the server and the console share it).
 * Keys without a definition are refused; inactive fields keep their values (type-checked) but are never
 * mandatory; empty values (null, '', absent) are dropped from the answer.
 */
export function validateCustomFieldValues(
  definitions: readonly CustomFieldRule[],
  values: Readonly<Record<string, unknown>> | null | undefined,
): CustomFieldValidation {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const issues: CustomFieldIssue[] = [];
  const clean: Record<string, CustomFieldValue> = {};
  for (const key of Object.keys(values ?? {})) {
    if (!byKey.has(key)) issues.push({ key, code: 'unknown_field', message: `Unknown custom field: ${key}` });
  }
  for (const definition of definitions) {
    const raw = values?.[definition.key];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === undefined || value === null || value === '') {
      if (definition.mandatory && definition.active) issues.push(required(definition.key));
      continue;
    }
    const problem = checkValue(definition, value);
    if (problem) issues.push(problem);
    else if (definition.type === 'checkbox' && value === false && definition.mandatory && definition.active) {
      issues.push(required(definition.key));
    } else clean[definition.key] = value as CustomFieldValue;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, values: clean };
}

const required = (key: string): CustomFieldIssue => ({ key, code: 'required', message: `${key} is required` });

function checkValue(definition: CustomFieldRule, value: unknown): CustomFieldIssue | null {
  const { key } = definition;
  const wrongType = (expected: string): CustomFieldIssue => ({ key, code: 'wrong_type', message: `${key} must be ${expected}` });
  switch (definition.type) {
    case 'text':
      if (typeof value !== 'string') return wrongType('text');
      if (value.length > CUSTOM_FIELD_TEXT_MAX || INVALID_TEXT.test(value)) {
        return { key, code: 'invalid_text', message: `${key}: at most ${CUSTOM_FIELD_TEXT_MAX} characters, no invalid characters` };
      }
      return null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : wrongType('a number');
    case 'checkbox':
      return typeof value === 'boolean' ? null : wrongType('true or false');
    case 'date':
      if (typeof value !== 'string') return wrongType('a date (YYYY-MM-DD)');
      return isCalendarDate(value) ? null : { key, code: 'invalid_date', message: `${key} must be a date (YYYY-MM-DD)` };
    case 'choice':
      if (typeof value !== 'string') return wrongType('one of its options');
      return definition.options.some((o) => o.value === value)
        ? null
        : { key, code: 'not_an_option', message: `${key}: "${value}" is not one of its options` };
  }
}

function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
