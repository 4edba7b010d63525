import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { INVALID_TEXT, PHONE_PATTERN as PHONE } from '@contract/rules';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Control characters or angle brackets, which the server refuses in free text. */
export function hasInvalidCharacters(text: string): boolean {
  return INVALID_TEXT.test(text);
}

/** `{ invalidCharacters: true }` when free text holds control characters or angle brackets. */
export const safeText: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null =>
  control.value && INVALID_TEXT.test(control.value) ? { invalidCharacters: true } : null;

export const phoneNumber: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null =>
  control.value && !PHONE.test(control.value) ? { invalidCharacters: true } : null;

export const emailAddress: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null =>
  control.value && !EMAIL.test(control.value.trim()) ? { email: true } : null;

/** Rejects a value that is only spaces where the server trims then requires at least one character. */
export const requiredText: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null =>
  (control.value ?? '').trim().length === 0 ? { required: true } : null;
