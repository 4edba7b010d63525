import catalogEn from '../../../../../public/i18n/catalog/en.json';
import catalogFr from '../../../../../public/i18n/catalog/fr.json';
import { scopedTranslocoTesting } from '../../../../testing/transloco-testing';

/** Real texts, root and `catalog` scope, loaded synchronously: specs read what users read. */
export const catalogTranslocoTesting = () => scopedTranslocoTesting('catalog', catalogEn, catalogFr);
