import { Pipe, type PipeTransform } from '@angular/core';
import type { ValidationErrors } from '@angular/forms';
import { type FieldErrorMessage, fieldErrorMessage } from '../../../../shared/ui/field-error-pipe';

/** The catalog's own hints for amounts and references, else the shared sentence of the first error. */
export function itemFieldError(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
  if (errors?.['decimal']) return { key: 'catalog.item.decimalHint', params: {} };
  if (errors?.['pattern']) return { key: 'catalog.item.referenceHint', params: {} };
  if (errors?.['catalogKey']) return { key: String(errors['catalogKey']), params: {} };
  return fieldErrorMessage(errors);
}

@Pipe({ name: 'itemFieldError' })
export class ItemFieldErrorPipe implements PipeTransform {
  transform(errors: ValidationErrors | null | undefined): FieldErrorMessage | null {
    return itemFieldError(errors);
  }
}
