import type { CustomFieldDefinition, SettingsView } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import type { TemplateChoice } from './settings-api';
import { CustomFieldsSectionActions, SettingsApiActions, SettingsPageActions } from './settings.actions';

export interface SettingsState {
  settings: SettingsView | null;
  load: CallState;
  save: CallState;
  templates: TemplateChoice[];
  customFields: EntityState<CustomFieldDefinition>;
  customFieldsLoad: CallState;
  customFieldSave: CallState;
}

const byOrder = (a: CustomFieldDefinition, b: CustomFieldDefinition) =>
  a.entity.localeCompare(b.entity) || a.sortOrder - b.sortOrder || a.createdAt.localeCompare(b.createdAt);
export const customFieldsAdapter = createEntityAdapter<CustomFieldDefinition>({ sortComparer: byOrder });

export const initialSettingsState: SettingsState = {
  settings: null,
  load: 'idle',
  save: 'idle',
  templates: [],
  customFields: customFieldsAdapter.getInitialState(),
  customFieldsLoad: 'idle',
  customFieldSave: 'idle',
};

export const settingsFeature = createFeature({
  name: 'settings',
  reducer: createReducer(
    initialSettingsState,
    on(SettingsPageActions.opened, (state) => ({ ...state, load: 'loading' as const, save: 'idle' as const, customFieldsLoad: 'loading' as const })),
    on(SettingsPageActions.latestVersionRequested, (state) => ({ ...state, load: 'loading' as const })),
    on(SettingsApiActions.loaded, (state, { settings }) => ({ ...state, settings, load: 'loaded' as const })),
    on(SettingsApiActions.loadFailed, (state, { error }) => ({ ...state, load: { error } })),
    on(SettingsPageActions.saveSubmitted, (state) => ({ ...state, save: 'loading' as const })),
    on(SettingsApiActions.saved, (state, { settings }) => ({ ...state, settings, save: 'loaded' as const })),
    on(SettingsApiActions.saveFailed, (state, { error }) => ({ ...state, save: { error } })),
    on(SettingsApiActions.templateChoicesLoaded, (state, { templates }) => ({ ...state, templates })),
    on(SettingsApiActions.customFieldsLoaded, (state, { fields }) => ({
      ...state,
      customFields: customFieldsAdapter.setAll(fields, state.customFields),
      customFieldsLoad: 'loaded' as const,
    })),
    on(SettingsApiActions.customFieldsLoadFailed, (state, { error }) => ({ ...state, customFieldsLoad: { error } })),
    on(CustomFieldsSectionActions.createSubmitted, CustomFieldsSectionActions.changeSubmitted, CustomFieldsSectionActions.moved, (state) => ({
      ...state,
      customFieldSave: 'loading' as const,
    })),
    on(SettingsApiActions.customFieldSaved, (state, { field }) => ({
      ...state,
      customFields: customFieldsAdapter.upsertOne(field, state.customFields),
      customFieldSave: 'loaded' as const,
    })),
    on(SettingsApiActions.customFieldSaveFailed, (state, { error }) => ({ ...state, customFieldSave: { error } })),
  ),
  extraSelectors: ({ selectCustomFields }) => ({
    selectCustomFieldList: createSelector(selectCustomFields, (fields) => customFieldsAdapter.getSelectors().selectAll(fields)),
  }),
});

export const {
  selectSettings,
  selectLoad: selectSettingsLoad,
  selectSave: selectSettingsSave,
  selectTemplates,
  selectCustomFieldList,
  selectCustomFieldsLoad,
  selectCustomFieldSave,
} = settingsFeature;
