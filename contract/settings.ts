import { z } from 'zod';

export const Settings = z.strictObject({
  technicianJobCreation: z.boolean().describe('Technicians may create jobs from the app'),
  technicianDeclineAllowed: z.boolean().describe('Technicians may decline or ask to reschedule a job'),
  technicianSeesOnlyOwnJobs: z.boolean(),
  draftMode: z.boolean().describe('Scheduled jobs stay hidden from technicians until a manager confirms'),
  jobDescriptionMandatory: z.boolean(),
  reportCommentsEnabled: z.boolean(),
  signaturesClearedOnEdit: z.boolean(),
  defaultTemplateId: z.string().nullable(),
  currency: z.string().length(3),
  defaultTaxRate: z.number().int().min(0).max(10000).describe('Basis points: 2000 = 20 %'),
  technicianSeesPrices: z.boolean(),
  jobNumberPrefix: z.string().regex(/^[A-Z0-9-]{0,8}$/),
  reserveAlertRoles: z.array(z.enum(['admin', 'dispatcher', 'supervisor'])),
  desktopNotifications: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

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
};

/** GET and PATCH /api/settings answer the settings with their version (also sent as ETag). */
export const SettingsWithVersion = Settings.extend({
  version: z.number().int().describe('Send it back in If-Match when saving'),
});
export type SettingsWithVersion = z.infer<typeof SettingsWithVersion>;

export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
