import type { FieldType, TemplateFamily, TemplateField } from '@contract';

/** A field as it appears when added: a readable label and the settings its type needs. */
export function newField(id: string, type: FieldType, label: string, optionLabels: readonly string[] = []): TemplateField {
  const field: TemplateField = { id, type, label, mandatory: false, commentsAllowed: true, reservesAllowed: true };
  if (type === 'text') field.barcode = false;
  if (type === 'choice') {
    field.multiple = false;
    field.options = [...optionLabels];
  }
  return field;
}

export function newFamily(id: string, label: string): TemplateFamily {
  return { id, label, fields: [] };
}
