import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';

export interface FieldErrorMessage {
  key: string;
  params: Record<string, unknown>;
}

/** The first validation error of a control as an i18n key: `{{ e.key | transloco: e.params }}`. */
export function fieldErrorMessage(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'validation.required', params: {} };
  if (errors['invalidCharacters']) return { key: 'validation.invalidCharacters', params: {} };
  if (errors['email']) return { key: 'validation.email', params: {} };
  if (errors['maxlength']) return { key: 'validation.maxLength', params: { max: errors['maxlength'].requiredLength } };
  if (errors['minlength']) return { key: 'validation.minLength', params: { min: errors['minlength'].requiredLength } };
  if (errors['min']) return { key: 'validation.min', params: { min: errors['min'].min } };
  if (errors['max']) return { key: 'validation.max', params: { max: errors['max'].max } };
  if (errors['pattern']) return { key: 'validation.pattern', params: {} };
  if (errors['quantityUnit']) return { key: String(errors['quantityUnit']), params: {} };
  if (errors['server']) {
    const message = String(errors['server']);
    return /invalid characters/i.test(message)
      ? { key: 'validation.invalidCharacters', params: {} }
      : { key: 'validation.rejected', params: { message } };
  }
  return { key: 'validation.invalid', params: {} };
}

@Pipe({ name: 'fieldError' })
export class FieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return fieldErrorMessage(errors);
  }
}
