import type { Settings } from '../settings';

/** The settings of a fresh installation. */
export const defaultSettings: Settings = {
  technicianJobCreation: false,
  technicianDeclineAllowed: true,
  technicianSeesOnlyOwnJobs: true,
  draftMode: false,
  jobDescriptionMandatory: false,
  reportCommentsEnabled: true,
  signaturesClearedOnEdit: true,
  defaultTemplateId: null,
  currency: 'EUR',
  defaultTaxRate: 2000,
  technicianSeesPrices: true,
  jobNumberPrefix: 'J-',
  reserveAlertRoles: ['admin', 'dispatcher', 'supervisor'],
  desktopNotifications: false,
  openReservesBlockValidation: false,
  companyLanguage: 'fr',
  onlineViewDays: 30,
  onlineViewShowsPrices: false,
  refuseLinesNotInVanStock: false,
};

/** "J-000123": the prefix, then the number on at least six digits. */
export function formatJobNumber(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(6, '0')}`;
}
