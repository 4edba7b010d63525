import { validationOutcomes } from './report-answer';
import type { Condition, TemplateDefinition, TemplateField } from '../report-template';

/**
 * The checks of a template beyond its zod shape, shared by the designer (shown at the field
 * while editing) and the server (400 `invalid_template`).
 */
export type TemplateProblemCode =
  | 'empty_label'
  | 'choice_without_options'
  | 'duplicate_option'
  | 'min_above_max'
  | 'duplicate_id'
  | 'unknown_condition_field'
  | 'condition_on_self'
  | 'condition_cycle'
  | 'condition_value_invalid'
  | 'empty_family';

export interface TemplateProblem {
  /** Relative to the definition, e.g. `['families', 0, 'fields', 2, 'label']`. */
  path: (string | number)[];
  code: TemplateProblemCode;
  /** English sentence; the console translates by `code`. */
  message: string;
}

export interface TemplateValidationOptions {
  /** Publishing also refuses empty families and a template without any family. */
  forPublish?: boolean;
}

const conditionKeys = ['visibleWhen', 'mandatoryWhen'] as const;
type Path = (string | number)[];

export function validateTemplateDefinition(
  definition: TemplateDefinition,
  options: TemplateValidationOptions = {},
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: Path, code: TemplateProblemCode, message: string) => problems.push({ path, code, message });
  const fieldsById = new Map<string, TemplateField>();
  const familyIds = new Set<string>();

  if (options.forPublish && definition.families.length === 0) {
    add(['families'], 'empty_family', 'Add at least one family before publishing.');
  }
  definition.families.forEach((family, f) => {
    const at: Path = ['families', f];
    if (familyIds.has(family.id)) add([...at, 'id'], 'duplicate_id', 'Two families have the same id.');
    familyIds.add(family.id);
    if (family.label.trim() === '') add([...at, 'label'], 'empty_label', 'Give the family a name.');
    if (options.forPublish && family.fields.length === 0) {
      add([...at, 'fields'], 'empty_family', 'Add a field to this family or delete it before publishing.');
    }
    family.fields.forEach((field, i) => {
      const fieldAt: Path = [...at, 'fields', i];
      if (fieldsById.has(field.id)) add([...fieldAt, 'id'], 'duplicate_id', 'Two fields have the same id.');
      else fieldsById.set(field.id, field);
      checkField(field, fieldAt, add);
    });
  });

  const reaches = reachability(definition);
  forEachCondition(definition, (field, condition, at) => {
    const source = fieldsById.get(condition.fieldId);
    if (condition.fieldId === field.id) {
      add([...at, 'fieldId'], 'condition_on_self', 'A field cannot depend on its own answer.');
    } else if (!source) {
      add([...at, 'fieldId'], 'unknown_condition_field', 'The field this condition depends on no longer exists.');
    } else if (reaches(source.id, field.id)) {
      add([...at, 'fieldId'], 'condition_cycle', 'These conditions depend on each other in a loop.');
    } else {
      const bad = conditionValueProblem(condition, source);
      if (bad) add([...at, bad.property], 'condition_value_invalid', bad.message);
    }
  });
  return problems;
}

function checkField(field: TemplateField, at: Path, add: (path: Path, code: TemplateProblemCode, message: string) => void) {
  if (field.label.trim() === '') add([...at, 'label'], 'empty_label', 'Give the field a label.');
  if (field.type === 'choice') {
    const options = field.options ?? [];
    if (options.length === 0) add([...at, 'options'], 'choice_without_options', 'Add at least one option.');
    const seen = new Set<string>();
    options.forEach((option, o) => {
      const key = option.trim().toLocaleLowerCase();
      if (key === '') add([...at, 'options', o], 'empty_label', 'Give the option a label.');
      else if (seen.has(key)) add([...at, 'options', o], 'duplicate_option', 'This option is listed twice.');
      seen.add(key);
    });
  }
  if (field.type === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max) {
    add([...at, 'max'], 'min_above_max', 'The maximum is below the minimum.');
  }
}

function forEachCondition(
  definition: TemplateDefinition,
  visit: (field: TemplateField, condition: Condition, at: Path) => void,
) {
  definition.families.forEach((family, f) =>
    family.fields.forEach((field, i) => {
      for (const key of conditionKeys) {
        const condition = field[key];
        if (condition) visit(field, condition, ['families', f, 'fields', i, key]);
      }
    }),
  );
}

/** `reaches(a, b)`: following conditions from field a (to the field each one reads) leads to b. */
function reachability(definition: TemplateDefinition): (from: string, to: string) => boolean {
  const edges = new Map<string, string[]>();
  forEachCondition(definition, (field, condition) => {
    if (condition.fieldId !== field.id) edges.set(field.id, [...(edges.get(field.id) ?? []), condition.fieldId]);
  });
  return (from, to) => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (next === to) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(edges.get(next) ?? []));
    }
    return false;
  };
}

/** Which operators and values make sense for each type of source field. */
function conditionValueProblem(
  condition: Condition,
  source: TemplateField,
): { property: 'operator' | 'value'; message: string } | null {
  const { operator, value } = condition;
  const wrongOperator = { property: 'operator' as const, message: `"${source.label}" cannot be compared this way.` };
  const wrongValue = { property: 'value' as const, message: `Choose a value that "${source.label}" can take.` };
  if (operator === 'is_ticked') {
    if (source.type !== 'checkbox') return wrongOperator;
    return value === undefined || value === true ? null : wrongValue;
  }
  const allowed = comparableValues(source);
  if (allowed === null) return wrongOperator;
  if (operator === 'is_one_of') {
    if (source.type === 'checkbox' || source.type === 'number') return wrongOperator;
    if (!Array.isArray(value) || value.length === 0) return wrongValue;
    return value.every(allowed) ? null : wrongValue;
  }
  return value !== undefined && !Array.isArray(value) && allowed(value) ? null : wrongValue;
}

function comparableValues(source: TemplateField): ((value: unknown) => boolean) | null {
  switch (source.type) {
    case 'checkbox':
      return (v) => typeof v === 'boolean';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'text':
      return (v) => typeof v === 'string' && v.trim() !== '';
    case 'date':
      return (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
    case 'time':
      return (v) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);
    case 'choice':
      return (v) => typeof v === 'string' && (source.options ?? []).includes(v);
    case 'validation':
      return (v) => (validationOutcomes as readonly unknown[]).includes(v);
    case 'signature':
    case 'photo':
      return null;
  }
}
