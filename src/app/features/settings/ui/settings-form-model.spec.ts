import { defaultSettings } from '@contract/rules';
import type { SettingsView } from '@contract';
import { changedSettings, createSettingsForm, jobNumberPreview, toFormValue } from './settings-form-model';

const saved: SettingsView = { ...defaultSettings, version: 4, nextJobNumber: 123 };

describe('settings form model', () => {
  it('round-trips the settings: percent ↔ basis points, roles ↔ checkboxes; nothing changed → empty patch', () => {
    const form = createSettingsForm();
    form.setValue(toFormValue(saved));
    expect(form.controls.defaultTaxPercent.value).toBe(20);
    expect(form.controls.reserveAlertRoles.controls.dispatcher.value).toBeTrue();
    expect(changedSettings(saved, form.getRawValue())).toEqual({});
  });

  it('sends only the keys the user changed, in the API shape', () => {
    const form = createSettingsForm();
    form.setValue(toFormValue(saved));
    form.patchValue({ technicianJobCreation: true, defaultTaxPercent: 5.5, reserveAlertRoles: { admin: false } });
    expect(changedSettings(saved, form.getRawValue())).toEqual({
      technicianJobCreation: true,
      defaultTaxRate: 550,
      reserveAlertRoles: ['dispatcher', 'supervisor'],
    });
  });

  it('previews the next job number with its prefix', () => {
    expect(jobNumberPreview({ jobNumberPrefix: 'J-', nextJobNumber: 123 })).toBe('J-000123');
    expect(jobNumberPreview({ jobNumberPrefix: 'WO', nextJobNumber: 1234567 })).toBe('WO1234567');
  });
});
