import { formatCurrency, formatNumber, getCurrencySymbol } from '@angular/common';

/**
 * Angular locale ids for our languages (their data is registered at start): English is the
 * United Kingdom's (06/12/2026, 14:30) — FieldDesk's customers are in France and the UK.
 */
export function angularLocale(lang: string): string {
  return lang === 'fr' ? 'fr' : 'en-GB';
}

export type DateStyle = 'date' | 'dateTime' | 'time';
const DATE_FORMATS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

/** "9 Dec 2026, 08:30" / "9 déc. 2026, 08:30", in the browser's time zone. */
export function formatLocalDate(iso: string | null | undefined, lang: string, style: DateStyle = 'dateTime'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(angularLocale(lang), DATE_FORMATS[style]).format(date);
}

export function formatLocalNumber(value: number | null | undefined, lang: string): string {
  if (value === null || value === undefined) return '';
  return formatNumber(value, angularLocale(lang), '1.0-2');
}

/** Money travels as integer cents plus an ISO currency code. */
export function formatMoney(amountCents: number, currency: string, lang: string): string {
  const locale = angularLocale(lang);
  return formatCurrency(amountCents / 100, locale, getCurrencySymbol(currency, 'narrow', locale), currency, '1.2-2');
}
