import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import { formatLocalDate, formatLocalNumber, formatMoney } from './format';

describe('locale formats', () => {
  beforeAll(() => registerLocaleData(localeFr, 'fr'));

  it('groups thousands the way each language does', () => {
    expect(formatLocalNumber(12345, 'en')).toBe('12,345');
    // French groups with a narrow no-break space.
    expect(formatLocalNumber(12345, 'fr')).toBe('12\u202f345');
  });

  it('writes money from cents with the currency in its place', () => {
    expect(formatMoney(123450, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMoney(123450, 'EUR', 'fr')).toBe('1\u202f234,50\u00a0€');
  });

  it('writes dates in words of the language', () => {
    const iso = '2026-12-09T12:30:00.000Z';
    expect(formatLocalDate(iso, 'en', 'date')).toBe('9 Dec 2026');
    expect(formatLocalDate(iso, 'fr', 'date')).toBe('9 déc. 2026');
    expect(formatLocalDate(null, 'en')).toBe('');
  });
});
