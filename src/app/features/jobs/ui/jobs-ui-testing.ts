import { TranslocoTestingModule } from '@jsverse/transloco';
import type { JobSummary } from '@contract/jobs-list';
import en from '../../../../../public/i18n/en.json';
import fr from '../../../../../public/i18n/fr.json';
import jobsEn from '../../../../../public/i18n/jobs/en.json';
import jobsFr from '../../../../../public/i18n/jobs/fr.json';

/** Real texts, root and `jobs` scope, loaded synchronously: specs read what users read. */
export function jobsTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: {
      en: { ...en, jobs: jobsEn },
      fr: { ...fr, jobs: jobsFr },
      'jobs/en': jobsEn,
      'jobs/fr': jobsFr,
    },
    translocoConfig: { availableLangs: ['en', 'fr'], defaultLang: 'en', reRenderOnLangChange: true },
    preloadLangs: true,
  });
}

export function jobSummary(n: number, overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    id: `j-${n}`,
    number: `J-${String(n).padStart(6, '0')}`,
    status: 'scheduled',
    plannedStart: '2026-11-26T08:00:00.000Z',
    plannedEnd: '2026-11-26T10:00:00.000Z',
    customerId: 'c-1',
    customerName: `Customer ${n}`,
    siteCity: 'Lyon',
    managerId: 'u-7',
    managerName: 'Théo Martin',
    auxiliaryNames: [],
    templateName: 'Boiler service',
    workedSeconds: 0,
    openReserves: 0,
    updatedAt: '2026-11-26T07:00:00.000Z',
    version: 1,
    completedAt: null,
    declinedAt: null,
    declineReason: null,
    declinedByName: null,
    proposedStart: null,
    ...overrides,
  };
}
