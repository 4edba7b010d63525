import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../../../../public/i18n/en.json';
import fr from '../../../../../public/i18n/fr.json';
import catalogEn from '../../../../../public/i18n/catalog/en.json';
import catalogFr from '../../../../../public/i18n/catalog/fr.json';

/** Real texts, root and `catalog` scope, loaded synchronously: specs read what users read. */
export function catalogTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      en: { ...en, catalog: catalogEn },
      fr: { ...fr, catalog: catalogFr },
      'catalog/en': catalogEn,
      'catalog/fr': catalogFr,
    },
    translocoConfig: { availableLangs: ['en', 'fr'], defaultLang: 'en', reRenderOnLangChange: true },
    preloadLangs: true,
  });
}
