import { z } from 'zod';
import { Id } from './common';
import type { TemplateField } from './report-template';
import { validationOutcomes } from './rules/report-answer';

export * from './rules/report-answer';

/**
 * The JSON value of one report answer, by field type. Shared by the field API (which checks a
 * technician's answer), the console (which shows it) and the demo seed (which writes it).
 */
export const ValidationAnswer = z.enum(validationOutcomes);
export type ValidationAnswer = z.infer<typeof ValidationAnswer>;

export const SignatureAnswer = z.strictObject({
  signerName: z.string().trim().min(1).max(120),
  image: z
    .string()
    .max(200_000)
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/)
    .describe('PNG as a data URL'),
});
export type SignatureAnswer = z.infer<typeof SignatureAnswer>;

export const PhotoAnswer = z.array(Id).min(1).max(20).describe('Ids of the job attachments (photos) for this field');
export type PhotoAnswer = z.infer<typeof PhotoAnswer>;

/** HH:MM, 24-hour clock. */
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export function answerValueSchema(field: TemplateField): z.ZodType {
  switch (field.type) {
    case 'checkbox':
      return z.boolean();
    case 'text':
      return z.string().trim().min(1).max(2000);
    case 'number': {
      let schema = z.number();
      if (field.min !== undefined) schema = schema.min(field.min);
      if (field.max !== undefined) schema = schema.max(field.max);
      return schema;
    }
    case 'date':
      return z.iso.date();
    case 'time':
      return TimeOfDay;
    case 'choice': {
      const options = field.options ?? [];
      const option = z.string().refine((value) => options.includes(value), { message: 'Not one of the options' });
      return field.multiple ? z.array(option).min(1).max(options.length) : option;
    }
    case 'validation':
      return ValidationAnswer;
    case 'signature':
      return SignatureAnswer;
    case 'photo':
      return PhotoAnswer;
  }
}
