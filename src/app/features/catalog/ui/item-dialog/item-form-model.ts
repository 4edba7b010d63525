import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { CatalogItemDetail, CatalogItemInput, CatalogItemKind, CatalogItemPatch, CatalogUnit } from '@contract';
import { CATALOG_REFERENCE_PATTERN, MAX_TAX_RATE_BP, MAX_UNIT_PRICE_CENTS } from '@contract/rules';
import { requiredText, safeText } from '../../../../shared/util/text-validators';
import { hundredthsToText, parseHundredths } from '../catalog-format';

/** The server upper-cases a reference before it checks it: so does this validator (typing "prt-1" is fine). */
const reference: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = (control.value ?? '').trim().toUpperCase();
  return value === '' || CATALOG_REFERENCE_PATTERN.test(value) ? null : { pattern: { requiredPattern: String(CATALOG_REFERENCE_PATTERN), actualValue: control.value } };
};

const hundredths =
  (max: number): ValidatorFn =>
  (control: AbstractControl<string>): ValidationErrors | null => {
    const value = parseHundredths(control.value ?? '');
    if (value === null) return { decimal: true };
    return value > max ? { max: { max: max / 100 } } : null;
  };

const text = (max: number, required = false) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [requiredText] : []), Validators.maxLength(max), safeText] });

export function createItemForm() {
  return new FormGroup({
    familyId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    kind: new FormControl<CatalogItemKind>('part', { nonNullable: true }),
    reference: new FormControl('', { nonNullable: true, validators: [requiredText, reference] }),
    name: text(200, true),
    description: text(2000),
    unit: new FormControl<CatalogUnit>('unit', { nonNullable: true }),
    unitPrice: new FormControl('', { nonNullable: true, validators: [Validators.required, hundredths(MAX_UNIT_PRICE_CENTS)] }),
    taxRate: new FormControl('', { nonNullable: true, validators: [Validators.required, hundredths(MAX_TAX_RATE_BP)] }),
    isSerialized: new FormControl(false, { nonNullable: true }),
    isStockTracked: new FormControl(false, { nonNullable: true }),
    isActive: new FormControl(true, { nonNullable: true }),
  });
}
export type ItemForm = ReturnType<typeof createItemForm>;

export function fillItemForm(form: ItemForm, item: CatalogItemDetail, lang: string): void {
  form.setValue({
    familyId: item.familyId,
    kind: item.kind,
    reference: item.reference,
    name: item.name,
    description: item.description ?? '',
    unit: item.unit,
    unitPrice: hundredthsToText(item.unitPriceCents, lang),
    taxRate: hundredthsToText(item.taxRateBp, lang, true),
    isSerialized: item.isSerialized,
    isStockTracked: item.isStockTracked,
    isActive: item.isActive,
  });
  form.markAsPristine();
  form.markAsUntouched();
}

/** The form as the API's input: trimmed, reference upper-cased, prices and rates in hundredths. */
export function toItemInput(form: ItemForm): CatalogItemInput {
  const v = form.getRawValue();
  const service = v.kind === 'service';
  return {
    familyId: v.familyId,
    kind: v.kind,
    reference: v.reference.trim().toUpperCase(),
    name: v.name.trim(),
    description: v.description.trim() || null,
    unit: v.unit,
    unitPriceCents: parseHundredths(v.unitPrice) ?? 0,
    taxRateBp: parseHundredths(v.taxRate) ?? 0,
    isSerialized: service ? false : v.isSerialized,
    isStockTracked: service ? false : v.isStockTracked,
    isActive: v.isActive,
  };
}

type PatchKey = keyof CatalogItemInput;

/** Only what differs from `base` (the version the edit is based on): a PATCH never resends unchanged fields. */
export function toItemPatch(form: ItemForm, base: CatalogItemDetail): CatalogItemPatch {
  const input = toItemInput(form);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(input) as PatchKey[]) {
    if (input[key] !== (base[key as keyof CatalogItemDetail] ?? null)) patch[key] = input[key];
  }
  return patch as CatalogItemPatch;
}

/** The fields (as labels of the form) where the newest saved version differs from what is typed. */
export function differingFields(form: ItemForm, latest: CatalogItemDetail): PatchKey[] {
  return Object.keys(toItemPatch(form, latest)) as PatchKey[];
}

const controlOfPath: Record<string, keyof ItemForm['controls']> = {
  unitPriceCents: 'unitPrice',
  taxRateBp: 'taxRate',
};

/** Marks each field the server refused (400 `details.issues`); returns the messages that match no field. */
export function applyServerIssues(form: ItemForm, details: unknown): string[] {
  const issues = (details as { issues?: { path?: unknown; message?: unknown }[] } | null)?.issues ?? [];
  const unmatched: string[] = [];
  for (const issue of issues) {
    const path = String(issue.path ?? '');
    const name = controlOfPath[path] ?? path;
    const control = form.get(name);
    const message = typeof issue.message === 'string' ? issue.message : 'invalid';
    if (control && name) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else {
      unmatched.push(message);
    }
  }
  return unmatched;
}
