import { formatCurrency, formatNumber, getCurrencySymbol } from '@angular/common';

/** Angular locale ids for our languages (the data for "fr" is registered at start). */
export function angularLocale(lang: string): string {
  return lang === 'fr' ? 'fr' : 'en-US';
}

export type DateStyle = 'date' | 'dateTime' | 'time';
const DATE_FORMATS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

/** "Dec 9, 2026, 8:30 AM" / "9 déc. 2026, 08:30", in the browser's time zone. */
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
