import { TranslocoTestingModule, type TranslocoTestingOptions } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import fr from '../../public/i18n/fr.json';

/** Real translations, loaded synchronously, so specs read what users read. */
export function translocoTesting(options: TranslocoTestingOptions = {}) {
  return TranslocoTestingModule.forRoot({
    langs: { en, fr },
    translocoConfig: { availableLangs: ['en', 'fr'], defaultLang: 'en', reRenderOnLangChange: true },
    preloadLangs: true,
    ...options,
  });
}

/** The root texts plus one feature scope's, as the app merges them at run time and as the scope loader asks for them. */
export function scopedTranslocoTesting(scope: string, scopeEn: object, scopeFr: object) {
  return translocoTesting({
    langs: {
      en: { ...en, [scope]: scopeEn },
      fr: { ...fr, [scope]: scopeFr },
      [`${scope}/en`]: scopeEn,
      [`${scope}/fr`]: scopeFr,
    },
  });
}
