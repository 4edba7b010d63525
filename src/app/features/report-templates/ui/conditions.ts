import { validationOutcomes } from '@contract/rules';
import type { Condition, FieldType, TemplateField } from '@contract';

export type Operator = Condition['operator'];

/** Signatures and photos have no value to compare: they cannot drive a condition. */
export function canDriveConditions(field: TemplateField): boolean {
  return field.type !== 'signature' && field.type !== 'photo';
}

/** The operators that make sense for a source field's type (the same rules as validateTemplateDefinition). */
export function operatorsFor(type: FieldType): Operator[] {
  if (type === 'checkbox') return ['is_ticked', 'equals', 'differs'];
  if (type === 'number') return ['equals', 'differs'];
  return ['equals', 'differs', 'is_one_of'];
}

function firstValue(source: TemplateField): Condition['value'] {
  switch (source.type) {
    case 'checkbox':
      return true;
    case 'number':
      return 0;
    case 'choice':
      return source.options?.[0] ?? '';
    case 'validation':
      return 'not_compliant';
    default:
      return '';
  }
}

/** The condition made with an operator: the value keeps what still fits, else a sensible first value. */
export function withOperator(source: TemplateField, operator: Operator, previous?: Condition['value']): Condition {
  const base = { fieldId: source.id, operator };
  if (operator === 'is_ticked') return base;
  if (operator === 'is_one_of') {
    const kept = Array.isArray(previous) ? previous : previous !== undefined && previous !== '' ? [String(previous)] : [];
    return { ...base, value: kept };
  }
  const scalar = Array.isArray(previous) ? previous[0] : previous;
  const fits =
    scalar !== undefined &&
    (source.type === 'checkbox' ? typeof scalar === 'boolean' : source.type === 'number' ? typeof scalar === 'number' : typeof scalar === 'string');
  return { ...base, value: fits ? scalar : firstValue(source) };
}

/** What a condition starts as when its source is picked. */
export function defaultCondition(source: TemplateField): Condition {
  return withOperator(source, operatorsFor(source.type)[0]);
}

export const validationValues = validationOutcomes;
