import type { CatalogUnit } from './catalog';

/**
 * Quantities follow the catalog item's unit, and are stored exactly.
 * - One table says how many decimals each unit allows: pieces and flat rates are counted, metres,
 *   litres, kilograms and hours are measured (two decimals: 2.5 m, 1.25 h).
 * - The API speaks decimal numbers (`quantity: 2.5`); the database keeps integer thousandths
 *   (`quantity_milli`: 2500), so sums and comparisons never drift like doubles do. The server's
 *   repositories convert with `toMilli` / `fromMilli`, and nowhere else.
 * - A line's amount is unit price × quantity, rounded half-up to the cent, in integer arithmetic.
 */
export const UNIT_DECIMALS: Readonly<Record<CatalogUnit, number>> = {
  unit: 0,
  flat: 0,
  hour: 2,
  metre: 2,
  litre: 2,
  kg: 2,
};

/** More than this on one job line, receipt line or transfer line is a typing mistake. */
export const MAX_LINE_QUANTITY = 10_000;

export const MILLI = 1000;

/** Decimals allowed for a unit; an unknown unit (older data) is counted in whole numbers. */
export const decimalsOf = (unit: string): number => UNIT_DECIMALS[unit as CatalogUnit] ?? 0;

/** 2.5 → 2500. Rounds to the nearest thousandth: `0.1 + 0.2` arrives as 0.30000000000000004. */
export const toMilli = (quantity: number): number => Math.round(quantity * MILLI);

/** 2500 → 2.5. PostgreSQL answers bigint columns as strings: both are read here. */
export const fromMilli = (milli: number | string | bigint): number => Number(milli) / MILLI;

export type QuantityProblem = 'not_positive' | 'too_many_decimals' | 'too_large';

/** Why this quantity does not fit its unit, or null when it does. */
export function quantityProblem(quantity: number, unit: string): QuantityProblem | null {
  if (!Number.isFinite(quantity) || quantity <= 0) return 'not_positive';
  if (quantity > MAX_LINE_QUANTITY) return 'too_large';
  const step = 10 ** decimalsOf(unit);
  // Compared in thousandths, so 2.55 (2.5499999… as a double) still counts as two decimals.
  if ((toMilli(quantity) * step) % MILLI !== 0) return 'too_many_decimals';
  return null;
}

/** The sentence the server sends with a refused quantity (the console translates by unit). */
export function quantityProblemMessage(problem: QuantityProblem, unit: string): string {
  if (problem === 'not_positive') return 'A quantity is more than zero.';
  if (problem === 'too_large') return `At most ${MAX_LINE_QUANTITY.toLocaleString('en-GB')} per line.`;
  if (unit === 'flat') return 'Flat rates are counted in whole numbers.';
  if (decimalsOf(unit) === 0) return 'Pieces are counted in whole numbers.';
  return `At most ${decimalsOf(unit)} decimals for this unit.`;
}

/**
 * Unit price × quantity, rounded half-up to the cent, without floating point: 0.35 h at 0.90 € is
 * 0.315 € → 0.32 € (as doubles, 0.35 × 90 is 31.499999999999996 and would round down to 0.31 €).
 */
export function lineAmountCents(unitPriceCents: number, quantityMilli: number): number {
  const thousandthsOfCents = unitPriceCents * quantityMilli;
  const sign = thousandthsOfCents < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(thousandthsOfCents) + MILLI / 2) / MILLI);
}
