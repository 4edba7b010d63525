import { z } from 'zod';
import { Id } from './common';
import { conditionOperators, fieldTypes } from './rules/report-template';

export * from './rules/report-template';

export const FieldType = z.enum(fieldTypes);
export type FieldType = z.infer<typeof FieldType>;

export const Condition = z.strictObject({
  fieldId: Id,
  operator: z.enum(conditionOperators),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
});
export type Condition = z.infer<typeof Condition>;

export const TemplateField = z.strictObject({
  id: Id,
  type: FieldType,
  label: z.string().trim().min(1).max(200),
  help: z.string().max(500).optional(),
  mandatory: z.boolean(),
  commentsAllowed: z.boolean().default(true),
  reservesAllowed: z.boolean().default(true),
  barcode: z.boolean().optional().describe('text: accepts barcode scans'),
  unit: z.string().max(20).optional().describe('number: unit shown after the value'),
  min: z.number().optional(),
  max: z.number().optional(),
  multiple: z.boolean().optional().describe('choice: several options may be picked'),
  options: z.array(z.string().trim().min(1).max(100)).optional().describe('choice: the options'),
  visibleWhen: Condition.optional(),
  mandatoryWhen: Condition.optional(),
});
export type TemplateField = z.infer<typeof TemplateField>;

export const TemplateFamily = z.strictObject({
  id: Id,
  label: z.string().trim().min(1).max(200),
  fields: z.array(TemplateField),
});
export type TemplateFamily = z.infer<typeof TemplateFamily>;

export const TemplateDefinition = z.strictObject({
  families: z.array(TemplateFamily),
});
export type TemplateDefinition = z.infer<typeof TemplateDefinition>;
