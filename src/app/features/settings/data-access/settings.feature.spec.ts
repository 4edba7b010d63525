import { defaultSettings } from '@contract/rules';
import type { CustomFieldDefinition } from '@contract';
import { CustomFieldsSectionActions, SettingsApiActions, SettingsPageActions } from './settings.actions';
import { initialSettingsState, settingsFeature } from './settings.feature';

const field = (id: string, sortOrder: number): CustomFieldDefinition => ({
  id,
  entity: 'customer',
  key: id,
  labelEn: id,
  labelFr: id,
  type: 'text',
  options: [],
  mandatory: false,
  sortOrder,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});

describe('settingsFeature', () => {
  const reduce = settingsFeature.reducer;

  it('tracks loading, saving and a failed save', () => {
    let state = reduce(initialSettingsState, SettingsPageActions.opened());
    expect(state.load).toBe('loading');
    state = reduce(state, SettingsApiActions.loaded({ settings: { ...defaultSettings, version: 1, nextJobNumber: 1 } }));
    expect(state.load).toBe('loaded');
    state = reduce(state, SettingsPageActions.saveSubmitted({ version: 1, patch: { draftMode: true } }));
    expect(state.save).toBe('loading');
    const error = { status: 412, code: 'version_mismatch', message: 'stale' };
    expect(reduce(state, SettingsApiActions.saveFailed({ error })).save).toEqual({ error });
  });

  it('keeps custom fields in their order as they are saved', () => {
    let state = reduce(initialSettingsState, SettingsApiActions.customFieldsLoaded({ fields: [field('b', 20), field('a', 10)] }));
    expect(settingsFeature.selectCustomFieldList.projector(state.customFields).map((f) => f.id)).toEqual(['a', 'b']);
    state = reduce(state, CustomFieldsSectionActions.moved({ field: field('a', 10), other: field('b', 20) }));
    expect(state.customFieldSave).toBe('loading');
    state = reduce(state, SettingsApiActions.customFieldSaved({ field: { ...field('a', 20), version: 2 } }));
    state = reduce(state, SettingsApiActions.customFieldSaved({ field: { ...field('b', 10), version: 2 } }));
    expect(settingsFeature.selectCustomFieldList.projector(state.customFields).map((f) => f.id)).toEqual(['b', 'a']);
  });
});
