import { TestBed } from '@angular/core/testing';
import { DateAdapter, MAT_DATE_FORMATS } from '@angular/material/core';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../../testing/transloco-testing';
import { provideAppDates } from './app-dates';

describe('the console’s dates', () => {
  let adapter: DateAdapter<Date>;
  let parseFormats: string[];
  let transloco: TranslocoService;
  /** The reader switches language the way the console does; the dates follow. */
  const speak = (language: string) => transloco.setActiveLang(language);
  const day = (date: Date | null) => (date ? `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}` : null);
  const typed = (text: string) => day(adapter.parse(text, parseFormats));

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [translocoTesting()], providers: provideAppDates() });
    adapter = TestBed.inject(DateAdapter);
    transloco = TestBed.inject(TranslocoService);
    parseFormats = TestBed.inject(MAT_DATE_FORMATS).parse.dateInput as string[];
  });

  for (const language of ['fr', 'en']) {
    describe(`in ${language}`, () => {
      beforeEach(() => speak(language));

      it('read a typed 06/12/2026 as 6 December, day first', () => {
        expect(typed('06/12/2026')).toBe('2026-12-6');
        expect(typed('6/12/2026')).toBe('2026-12-6');
        expect(typed('13/01/2027')).toBe('2027-1-13');
      });

      it('read a two-digit year as this century and an ISO day as itself', () => {
        expect(typed('6/12/26')).toBe('2026-12-6');
        expect(typed('2026-12-06')).toBe('2026-12-6');
      });

      it('refuse what is not a date rather than guess', () => {
        expect(adapter.isValid(adapter.parse('12/31/2026', parseFormats)!)).toBeFalse();
        expect(adapter.isValid(adapter.parse('fuite', parseFormats)!)).toBeFalse();
      });

      it('write a date day first and start the week on Monday', () => {
        expect(adapter.format(new Date(2026, 11, 6), 'P')).toBe('06/12/2026');
        expect(adapter.getFirstDayOfWeek()).toBe(1);
      });
    });
  }

  it('name months and days in the reader’s language', () => {
    speak('fr');
    expect(typed('6 déc. 2026')).toBe('2026-12-6');
    expect(adapter.getDayOfWeekNames('long')[1]).toBe('lundi');
    speak('en');
    expect(typed('6 Dec 2026')).toBe('2026-12-6');
    expect(adapter.getDayOfWeekNames('long')[1]).toBe('Monday');
  });

  it('write times on 24 hours in both languages', () => {
    const afternoon = new Date(2026, 11, 6, 14, 30);
    for (const language of ['fr', 'en']) {
      speak(language);
      expect(adapter.format(afternoon, 'p')).toBe('14:30');
    }
  });
});
