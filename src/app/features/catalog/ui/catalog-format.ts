import { angularLocale } from '../../../shared/util/format';

/** 2000 basis points → "20%" / "20 %"; 550 → "5.5%" / "5,5 %". */
export function formatPercent(basisPoints: number, lang: string): string {
  return new Intl.NumberFormat(angularLocale(lang), { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

const DECIMAL = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;
const SPACES = /[\s\u00a0\u202f]/g;

/** "12.50", "12,50", "1 250" → hundredths (cents, or basis points for a rate in %); null when not such a number. */
export function parseHundredths(text: string): number | null {
  const match = DECIMAL.exec(text.replace(SPACES, '').replace(/%$/, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Hundredths as typed in the active language: 1250 → "12.50" / "12,50"; rates drop trailing zeros (550 → "5.5"). */
export function hundredthsToText(value: number, lang: string, trimZeros = false): string {
  const mark = lang === 'fr' ? ',' : '.';
  const whole = Math.floor(value / 100);
  let rest = String(value % 100).padStart(2, '0');
  if (trimZeros) rest = rest.replace(/0+$/, '');
  return rest ? `${whole}${mark}${rest}` : String(whole);
}
