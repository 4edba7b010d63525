import { sampleCustomFields } from '../../../../testing/custom-fields';
import {
  createCustomFieldControls,
  customFieldRows,
  customFieldValues,
  displayCustomFieldValue,
  sameCustomFieldValues,
  syncCustomFieldControls,
} from './custom-field-controls';

describe('custom field controls', () => {
  it('hold one control per active definition with the stored value, a checkbox always true or false', () => {
    const group = createCustomFieldControls();
    syncCustomFieldControls(group, sampleCustomFields, { contract: 'Gold plan', old: 'kept', other: 1 });
    expect(Object.keys(group.controls).sort()).toEqual(['contract', 'fleetSize', 'tier', 'vip']);
    expect(group.getRawValue()).toEqual({ contract: 'Gold plan', tier: null, vip: false, fleetSize: null });
    expect(group.pristine).toBeTrue();
  });

  it('apply the mandatory rules: a mandatory box must be ticked, a mandatory text filled', () => {
    const group = createCustomFieldControls();
    syncCustomFieldControls(group, sampleCustomFields, {});
    expect(group.controls['vip'].hasError('required')).toBeTrue();
    expect(group.controls['contract'].hasError('required')).toBeTrue();
    group.patchValue({ vip: true, contract: 'x'.repeat(1001) });
    expect(group.controls['vip'].valid).toBeTrue();
    expect(group.controls['contract'].hasError('maxlength')).toBeTrue();
  });

  it('send the stored values overwritten by the form, empty answers as null', () => {
    const group = createCustomFieldControls();
    syncCustomFieldControls(group, sampleCustomFields, {});
    group.patchValue({ contract: '  Gold plan ', fleetSize: 12 });
    expect(customFieldValues(group, { old: 'kept', tier: 'gold' })).toEqual({ old: 'kept', contract: 'Gold plan', tier: null, vip: false, fleetSize: 12 });
  });

  it('take a missing key and null for the same answer', () => {
    expect(sameCustomFieldValues({ a: null, b: 1 }, { b: 1 })).toBeTrue();
    expect(sameCustomFieldValues({ a: 'x' }, {})).toBeFalse();
  });

  it('show values to a reader: option labels in the language, Yes/No keys, unknown keys last', () => {
    expect(displayCustomFieldValue(sampleCustomFields[1], 'gold', 'fr')).toEqual({ text: 'Or' });
    expect(displayCustomFieldValue(sampleCustomFields[2], true, 'en')).toEqual({ key: 'customField.yes' });
    expect(customFieldRows({ zz: 'free', contract: 'Gold plan', tier: 'silver', fleetSize: '', vip: false }, sampleCustomFields, 'en')).toEqual([
      { key: 'tier', label: 'Tier', shown: { text: 'Silver' } },
      { key: 'contract', label: 'Contract', shown: { text: 'Gold plan' } },
      { key: 'vip', label: 'VIP', shown: { key: 'customField.no' } },
      { key: 'zz', label: 'zz', shown: { text: 'free' } },
    ]);
  });
});
