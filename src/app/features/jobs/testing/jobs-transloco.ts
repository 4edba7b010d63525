import jobsEn from '../../../../../public/i18n/jobs/en.json';
import jobsFr from '../../../../../public/i18n/jobs/fr.json';
import { scopedTranslocoTesting } from '../../../../testing/transloco-testing';

/** Real texts, root and `jobs` scope, loaded synchronously: specs read what users read. */
export const jobsTranslocoTesting = () => scopedTranslocoTesting('jobs', jobsEn, jobsFr);
