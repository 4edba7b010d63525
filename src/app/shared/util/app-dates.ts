import { DestroyRef, Injectable, inject, type Provider } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { DateFnsAdapter } from '@angular/material-date-fns-adapter';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, type MatDateFormats } from '@angular/material/core';
import { addYears, type Locale } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';

/**
 * How dates are typed and shown in every date field: the reader's language decides (date-fns
 * locales). French: 06/12/2026, Monday first, 24 h. English: the United Kingdom's 06/12/2026 and
 * Monday first — FieldDesk's customers are in France and the UK, so a typed 06/12/2026 is
 * 6 December in both languages. "P" is the locale's short date; "PP" its medium one ("6 déc. 2026",
 * "6 Dec 2026"); ISO days are accepted too.
 */
export const APP_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: ['P', 'PP', 'yyyy-MM-dd'], timeInput: ['p', 'HH:mm', 'H:mm'] },
  display: {
    dateInput: 'P',
    timeInput: 'p',
    monthYearLabel: 'LLL uuuu',
    dateA11yLabel: 'PPPP',
    monthYearA11yLabel: 'LLLL uuuu',
    timeOptionLabel: 'p',
  },
};

/** The date-fns locale for a console language. */
export function dateLocaleOf(language: string): Locale {
  return language === 'fr' ? fr : enGB;
}

/**
 * date-fns's adapter in the reader's language (it follows the language as it changes), where a
 * two-digit year ("6/12/26") means this century rather than year 26.
 */
@Injectable()
export class AppDateAdapter extends DateFnsAdapter {
  constructor() {
    super();
    inject(TranslocoService)
      .langChanges$.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((language) => this.setLocale(dateLocaleOf(language)));
  }

  override parse(value: unknown, parseFormat: string | string[]): Date | null {
    const date = super.parse(value, parseFormat);
    return date && this.isValid(date) && date.getFullYear() < 100 ? addYears(date, 2000) : date;
  }
}

/**
 * The date adapter, formats and locale, for the routes whose pages have date fields: provided
 * there rather than at the root so date-fns stays out of the first download.
 */
export function provideAppDates(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useValue: enGB },
    { provide: DateAdapter, useClass: AppDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: APP_DATE_FORMATS },
  ];
}
