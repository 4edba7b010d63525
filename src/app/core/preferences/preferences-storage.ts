import { InjectionToken } from '@angular/core';
import type { Locale } from '@contract';

export type ThemeMode = 'system' | 'light' | 'dark';
export interface Preferences {
  locale: Locale;
  theme: ThemeMode;
}

export const PREFERENCES_KEY = 'fielddesk.preferences';
export const supportedLocales: readonly Locale[] = ['en', 'fr'];
export const themeModes: readonly ThemeMode[] = ['system', 'light', 'dark'];

/** Where preferences are kept before sign-in (localStorage in the browser, a fake in tests). */
export const PREFERENCES_STORAGE = new InjectionToken<Pick<Storage, 'getItem' | 'setItem'>>('PREFERENCES_STORAGE', {
  providedIn: 'root',
  factory: () => localStorage,
});

/** Stored choice first, then the browser's language, then English; the theme follows the system by default. */
export function readPreferences(storage: Pick<Storage, 'getItem'>, browserLanguage: string | undefined): Preferences {
  let stored: Partial<Preferences> = {};
  try {
    stored = JSON.parse(storage.getItem(PREFERENCES_KEY) ?? '{}') as Partial<Preferences>;
  } catch {
    stored = {};
  }
  const browserLocale = browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  return {
    locale: supportedLocales.includes(stored.locale as Locale) ? (stored.locale as Locale) : browserLocale,
    theme: themeModes.includes(stored.theme as ThemeMode) ? (stored.theme as ThemeMode) : 'system',
  };
}

export function writePreferences(storage: Pick<Storage, 'setItem'>, preferences: Preferences): void {
  try {
    storage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // Private browsing or a full quota: the choice still applies for this visit.
  }
}
