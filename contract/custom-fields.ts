import { z } from 'zod';
import { Id, IsoDateTime, SafeText } from './common';
import { customFieldTypes } from './rules/custom-fields';

export * from './rules/custom-fields';

/** Custom fields: definitions an administrator adds to jobs or customers; values live in the entity's `customFields`. */
export const CustomFieldEntity = z.enum(['job', 'customer']);
export type CustomFieldEntity = z.infer<typeof CustomFieldEntity>;
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
