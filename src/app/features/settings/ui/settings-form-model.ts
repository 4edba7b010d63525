import { consoleRoles, formatJobNumber } from '@contract/rules';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { Settings, SettingsPatch, SettingsView } from '@contract';

export const ALERT_ROLES = consoleRoles;
export const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'CAD'] as const;

const flag = () => new FormControl(false, { nonNullable: true });

// Limits mirror contract/settings.ts.
export function createSettingsForm() {
  return new FormGroup({
    technicianJobCreation: flag(),
    technicianDeclineAllowed: flag(),
    technicianSeesOnlyOwnJobs: flag(),
    draftMode: flag(),
    jobDescriptionMandatory: flag(),
    reportCommentsEnabled: flag(),
    signaturesClearedOnEdit: flag(),
    defaultTemplateId: new FormControl<string | null>(null),
    currency: new FormControl('EUR', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^[A-Z]{3}$/)] }),
    /** Shown in percent; the API keeps basis points (2000 = 20 %). */
    defaultTaxPercent: new FormControl<number | null>(20, [Validators.required, Validators.min(0), Validators.max(100)]),
    technicianSeesPrices: flag(),
    jobNumberPrefix: new FormControl('J-', { nonNullable: true, validators: [Validators.pattern(/^[A-Z0-9-]{0,8}$/)] }),
    nextJobNumber: new FormControl<number | null>(1, [Validators.required, Validators.min(1), Validators.max(999_999_999)]),
    reserveAlertRoles: new FormGroup({ admin: flag(), dispatcher: flag(), supervisor: flag() }),
    desktopNotifications: flag(),
    openReservesBlockValidation: flag(),
    refuseLinesNotInVanStock: flag(),
    companyLanguage: new FormControl<'en' | 'fr'>('fr', { nonNullable: true }),
    onlineViewDays: new FormControl<number | null>(30, [Validators.required, Validators.min(1), Validators.max(3650), Validators.pattern(/^\d+$/)]),
    onlineViewShowsPrices: flag(),
  });
}
export type SettingsForm = ReturnType<typeof createSettingsForm>;
export type SettingsFormValue = ReturnType<SettingsForm['getRawValue']>;

/** A setting that is on or off: a switch on the page. */
export type ToggleName = {
  [K in keyof SettingsForm['controls']]: SettingsForm['controls'][K] extends FormControl<boolean> ? K : never;
}[keyof SettingsForm['controls']];

/**
 * The switches each group of the page shows, in their order. A new on/off setting is one control
 * above, its name here, and its `settings.<name>.label` and `.hint` texts in EN and FR.
 */
export const SETTING_TOGGLES = {
  technicians: ['technicianJobCreation', 'technicianDeclineAllowed', 'technicianSeesOnlyOwnJobs'],
  scheduling: ['draftMode', 'jobDescriptionMandatory'],
  reports: ['reportCommentsEnabled', 'signaturesClearedOnEdit', 'openReservesBlockValidation', 'refuseLinesNotInVanStock'],
  invoicing: ['technicianSeesPrices'],
  onlineView: ['onlineViewShowsPrices'],
  alerts: ['desktopNotifications'],
} as const satisfies Record<string, readonly ToggleName[]>;

export function toFormValue(settings: SettingsView): SettingsFormValue {
  const { version: _v, defaultTaxRate, reserveAlertRoles, ...rest } = settings;
  return {
    ...rest,
    defaultTaxPercent: defaultTaxRate / 100,
    reserveAlertRoles: {
      admin: reserveAlertRoles.includes('admin'),
      dispatcher: reserveAlertRoles.includes('dispatcher'),
      supervisor: reserveAlertRoles.includes('supervisor'),
    },
  };
}

/** The settings the form describes, in the API's shape. */
export function fromFormValue(value: SettingsFormValue): Settings & { nextJobNumber: number } {
  const { defaultTaxPercent, reserveAlertRoles, nextJobNumber, onlineViewDays, ...rest } = value;
  return {
    ...rest,
    onlineViewDays: onlineViewDays ?? 30,
    defaultTaxRate: Math.round((defaultTaxPercent ?? 0) * 100),
    reserveAlertRoles: ALERT_ROLES.filter((role) => reserveAlertRoles[role]),
    nextJobNumber: nextJobNumber ?? 1,
  };
}

/** Only what differs from `base`: a save never overwrites a key someone else changed and this form did not. */
export function changedSettings(base: SettingsView, value: SettingsFormValue): SettingsPatch {
  const wanted = fromFormValue(value);
  const patch: Record<string, unknown> = {};
  for (const [key, next] of Object.entries(wanted)) {
    if (JSON.stringify(next) !== JSON.stringify(base[key as keyof SettingsView])) patch[key] = next;
  }
  return patch as SettingsPatch;
}

/** The number the next job will get, as the server formats it: "J-000123". */
export function jobNumberPreview(value: Pick<SettingsFormValue, 'jobNumberPrefix' | 'nextJobNumber'>): string {
  return formatJobNumber(value.jobNumberPrefix ?? '', value.nextJobNumber ?? 1);
}
