import { UNIT_DECIMALS, type CatalogUnit, type Locale, type TemplateField, type ValidationAnswer } from '@contract';
import type { ReportPdfStrings } from './report-pdf-strings';

/**
 * The settings hold no time zone yet: times print in the company's (French) zone, with the zone's
 * short name after each, so nobody misreads them.
 */
export const REPORT_TIME_ZONE = 'Europe/Paris';

/**
 * The standard PDF fonts (WinAnsi) have no narrow no-break space, which French number formats
 * use: a plain no-break space reads the same.
 */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

export function formatMoney(cents: number, currency: string, locale: Locale): string {
  return printable(new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100));
}

export function formatQuantity(quantity: number, locale: Locale): string {
  return printable(new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(quantity));
}

/**
 * A line's quantity with its unit, in the reader's language: "1 piece", "2 pièces", "2.5 m", "2,5 m",
 * "1 forfait" — the PDF and the online view print it alike. The plural follows the language's own
 * rule (French says "1,5 pièce"); an unknown unit (older data) reads as pieces.
 */
export function formatQuantityWithUnit(quantity: number, unit: string, locale: Locale, strings: ReportPdfStrings): string {
  const words = strings.units[unit in UNIT_DECIMALS ? (unit as CatalogUnit) : 'unit'];
  const word = new Intl.PluralRules(locale).select(quantity) === 'one' ? words.one : words.other;
  return `${formatQuantity(quantity, locale)}\u00a0${word}`;
}

export function formatDateTime(iso: string | null, locale: Locale): string | null {
  if (!iso) return null;
  return printable(
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: REPORT_TIME_ZONE,
      timeZoneName: 'short',
    }).format(new Date(iso)),
  );
}

/** 2 h 05 min, or 45 min. */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0 ? `${hours} h ${String(rest).padStart(2, '0')} min` : `${rest} min`;
}

/** A date-only answer (YYYY-MM-DD) in the reader's format, read as a calendar day (no zone shift). */
function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** An answer as text, for the types that read as text (checkbox, signature and photo are drawn). */
export function answerText(field: TemplateField, value: unknown, locale: Locale, strings: ReportPdfStrings): string {
  switch (field.type) {
    case 'checkbox':
      return value === true ? strings.yes : strings.no;
    case 'number':
      return `${formatQuantity(Number(value), locale)}${field.unit ? ` ${field.unit}` : ''}`;
    case 'date':
      return typeof value === 'string' ? formatDay(value, locale) : String(value);
    case 'choice':
      return Array.isArray(value) ? value.join(', ') : String(value);
    case 'validation':
      return strings.compliance[value as ValidationAnswer] ?? String(value);
    case 'text':
    case 'time':
      return String(value);
    case 'signature':
      return (value as { signerName?: string }).signerName ?? '';
    case 'photo':
      return '';
  }
}
