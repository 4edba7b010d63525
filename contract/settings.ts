import { z } from 'zod';
import { consoleRoles } from './rules/access';

export * from './rules/settings';

export const Settings = z.strictObject({
  technicianJobCreation: z.boolean().describe('Technicians may create jobs from the app'),
  technicianDeclineAllowed: z.boolean().describe('Technicians may decline or ask to reschedule a job'),
  technicianSeesOnlyOwnJobs: z.boolean(),
  draftMode: z.boolean().describe('Scheduled jobs stay hidden from technicians until a manager confirms'),
  jobDescriptionMandatory: z.boolean(),
  reportCommentsEnabled: z.boolean(),
  signaturesClearedOnEdit: z.boolean(),
  defaultTemplateId: z.string().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Three capital letters (ISO 4217), e.g. EUR').describe('ISO 4217 code'),
  defaultTaxRate: z.number().int().min(0).max(10000).describe('Basis points: 2000 = 20 %'),
  technicianSeesPrices: z.boolean(),
  jobNumberPrefix: z.string().regex(/^[A-Z0-9-]{0,8}$/),
  reserveAlertRoles: z.array(z.enum(consoleRoles)),
  desktopNotifications: z.boolean(),
  openReservesBlockValidation: z
    .boolean()
    .describe('Validating a job that still has unresolved reserves is refused (422 open_reserves); off: the console asks for confirmation'),
  companyLanguage: z.enum(['en', 'fr']).describe("The company's language: what a customer's online view speaks first"),
  onlineViewDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .describe("Days a job's online view keeps working after the job is validated or cancelled"),
  onlineViewShowsPrices: z.boolean().describe("The job's online view shows unit prices and totals"),
  refuseLinesNotInVanStock: z
    .boolean()
    .describe("A part line the technician's van does not hold (or not in that quantity) is refused (422 not_in_van_stock); off: accepted with a stock shortfall"),
});
export type Settings = z.infer<typeof Settings>;

/** GET and PATCH /api/settings answer the settings with their version (also sent as ETag). */
export const SettingsWithVersion = Settings.extend({
  version: z.number().int().describe('Send it back in If-Match when saving'),
});
export type SettingsWithVersion = z.infer<typeof SettingsWithVersion>;

/** The next job number lives in the `job_number` counter, not in the settings row: it may only go up. */
export const NextJobNumber = z.number().int().min(1).max(999_999_999).describe('The number the next job will get');

/** What GET and PATCH /api/settings answer: the settings, their version and the next job number. */
export const SettingsView = SettingsWithVersion.extend({ nextJobNumber: NextJobNumber });
export type SettingsView = z.infer<typeof SettingsView>;

export const SettingsPatch = Settings.partial().extend({
  nextJobNumber: NextJobNumber.optional().describe('Only higher than the current next number (422 job_number_not_higher)'),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;
