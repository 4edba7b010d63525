import { z } from 'zod';
import { Id, IsoDateTime, SafeText } from './common';

/** Custom fields: definitions an administrator adds to jobs or customers; values live in the entity's `customFields`. */
export const CustomFieldEntity = z.enum(['job', 'customer']);
export type CustomFieldEntity = z.infer<typeof CustomFieldEntity>;
export const customFieldTypes = ['text', 'number', 'date', 'choice', 'checkbox'] as const;
export const CustomFieldType = z.enum(customFieldTypes);
export type CustomFieldType = z.infer<typeof CustomFieldType>;

export const CustomFieldKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, 'Starts with a lower-case letter; letters, digits and _ only; at most 40')
  .describe('Name of the value in customFields; cannot change once created');

export const CustomFieldOption = z.strictObject({
  value: SafeText(60).min(1).describe('Stored value'),
  labelEn: SafeText(80).min(1),
  labelFr: SafeText(80).min(1),
});
export type CustomFieldOption = z.infer<typeof CustomFieldOption>;

export const CustomFieldDefinition = z.object({
  id: Id,
  entity: CustomFieldEntity,
  key: z.string(),
  labelEn: z.string(),
  labelFr: z.string(),
  type: CustomFieldType,
  options: z.array(CustomFieldOption).describe('The choices of a `choice` field; empty for other types'),
  mandatory: z.boolean().describe('A mandatory checkbox must be ticked'),
  sortOrder: z.number().int(),
  active: z.boolean().describe('Inactive fields are no longer asked for; their values stay readable'),
  createdAt: IsoDateTime,
  version: z.number().int().describe('Send it back in If-Match when saving'),
});
export type CustomFieldDefinition = z.infer<typeof CustomFieldDefinition>;

const Options = z.array(CustomFieldOption).max(100);
const Label = SafeText(80).min(1);
const SortOrder = z.number().int().min(0).max(1_000_000);

export const CustomFieldDefinitionInput = z.strictObject({
  entity: CustomFieldEntity,
  key: CustomFieldKey,
  labelEn: Label,
  labelFr: Label,
  type: CustomFieldType,
  options: Options.default([]),
  mandatory: z.boolean().default(false),
  sortOrder: SortOrder.optional().describe('Absent: after the last field of the entity'),
});
export type CustomFieldDefinitionInput = z.input<typeof CustomFieldDefinitionInput>;

/** Entity, key and type are fixed once created (stored values depend on them). */
export const CustomFieldDefinitionPatch = z
  .strictObject({ labelEn: Label, labelFr: Label, options: Options, mandatory: z.boolean(), sortOrder: SortOrder, active: z.boolean() })
  .partial();
export type CustomFieldDefinitionPatch = z.infer<typeof CustomFieldDefinitionPatch>;

export const CustomFieldListQuery = z.strictObject({
  entity: CustomFieldEntity.optional(),
  active: z.enum(['true', 'false']).optional().describe('Absent: active and inactive'),
});
export type CustomFieldListQuery = z.infer<typeof CustomFieldListQuery>;

export const CustomFieldDefinitionList = z.object({ items: z.array(CustomFieldDefinition).describe('By sort order') });
export type CustomFieldDefinitionList = z.infer<typeof CustomFieldDefinitionList>;

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

const TEXT_MAX = 1000;
const INVALID_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F<>]/;
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
      if (value.length > TEXT_MAX || INVALID_TEXT.test(value)) {
        return { key, code: 'invalid_text', message: `${key}: at most ${TEXT_MAX} characters, no invalid characters` };
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
