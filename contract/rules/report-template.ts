export const fieldTypes = [
  'checkbox',
  'text',
  'number',
  'date',
  'time',
  'choice',
  'validation',
  'signature',
  'photo',
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const conditionOperators = ['equals', 'differs', 'is_ticked', 'is_one_of'] as const;
export type ConditionOperator = (typeof conditionOperators)[number];
