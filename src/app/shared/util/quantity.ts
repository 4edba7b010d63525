import type { ValidatorFn } from '@angular/forms';
import { decimalsOf, quantityProblem, type QuantityProblem } from '@contract/rules';
import { angularLocale } from './format';
import { pluralKey } from './plural';

/**
 * A quantity with its unit, in the user's language: "1 piece" / "2 pièces", "2.5 m" / "2,5 m",
 * "1 flat rate" / "1 forfait". `translate` reads `quantity.<unit>.one|other` with `{ n }`; an
 * unknown unit (older data) reads as pieces.
 */
export function quantityText(quantity: number, unit: string, lang: string, translate: (key: string, params: { n: string }) => string): string {
  const known = decimalsOf(unit) === 0 && unit !== 'unit' && unit !== 'flat' ? 'unit' : unit;
  const n = new Intl.NumberFormat(angularLocale(lang), { maximumFractionDigits: 2 }).format(quantity);
  return translate(pluralKey(`quantity.${known}`, quantity, lang), { n });
}

/** The i18n key of what is wrong with a quantity typed for this unit (null: it fits). */
export function quantityProblemKey(quantity: number | null, unit: string): string | null {
  if (quantity === null) return null;
  const problem: QuantityProblem | null = quantityProblem(quantity, unit);
  if (!problem) return null;
  return { not_positive: 'quantity.positive', too_large: 'quantity.tooLarge', too_many_decimals: decimalsOf(unit) === 0 ? 'quantity.wholeNumbers' : 'quantity.twoDecimals' }[problem];
}

/** A form control's check of the unit rule (the unit read when it runs): `{ quantityUnit: i18n key }`. */
export function quantityFitsUnit(unit: () => string): ValidatorFn {
  return (control) => {
    const value = control.value as number | null;
    const key = typeof value === 'number' ? quantityProblemKey(value, unit()) : null;
    return key ? { quantityUnit: key } : null;
  };
}
