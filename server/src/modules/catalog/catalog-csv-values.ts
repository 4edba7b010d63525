import { MAX_TAX_RATE_BP, MAX_UNIT_PRICE_CENTS, type CatalogItemKind, type CatalogUnit } from '@contract';
import { searchForm } from '../../shared/text';

/**
 * The values of a catalog CSV cell, as people type them in English or French spreadsheets:
 * "12.50" or "12,50" (spaces as thousands separators allowed), "20" or "5,5 %", yes/no/oui/non.
 * Export writes the first spelling of each (dot decimals, "yes"/"no", English codes).
 */
const DECIMAL = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;
const SPACES = /[\s\u00a0\u202f]/g;

function hundredths(text: string): number | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function parsePrice(text: string): number | null {
  const cents = hundredths(text.replace(SPACES, ''));
  return cents !== null && cents <= MAX_UNIT_PRICE_CENTS ? cents : null;
}

/** "20" → 2000 basis points; "5,5 %" → 550. */
export function parseTaxRate(text: string): number | null {
  const bp = hundredths(text.replace(SPACES, '').replace(/%$/, ''));
  return bp !== null && bp <= MAX_TAX_RATE_BP ? bp : null;
}

const YES = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'vrai']);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'faux']);

export function parseYesNo(text: string): boolean | null {
  const word = searchForm(text);
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}

const KINDS: Record<string, CatalogItemKind> = { part: 'part', piece: 'part', service: 'service', prestation: 'service' };
export const parseKind = (text: string): CatalogItemKind | null => KINDS[searchForm(text)] ?? null;

const UNITS: Record<string, CatalogUnit> = {
  unit: 'unit',
  unite: 'unit',
  u: 'unit',
  hour: 'hour',
  heure: 'hour',
  h: 'hour',
  metre: 'metre',
  meter: 'metre',
  m: 'metre',
  litre: 'litre',
  liter: 'litre',
  l: 'litre',
  kg: 'kg',
  flat: 'flat',
  forfait: 'flat',
};
export const parseUnit = (text: string): CatalogUnit | null => UNITS[searchForm(text)] ?? null;

const twoDigits = (n: number) => String(n).padStart(2, '0');

export const formatPrice = (cents: number) => `${Math.floor(cents / 100)}.${twoDigits(cents % 100)}`;

/** 2000 → "20", 550 → "5.5", 1025 → "10.25". */
export function formatTaxRate(bp: number): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${twoDigits(rest).replace(/0$/, '')}`;
}

export const formatYesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written after a quote
 * mark (OWASP's CSV injection advice); the import removes that mark again, so files round-trip.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const protectFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
export const unprotectFormula = (text: string) => (text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text);
