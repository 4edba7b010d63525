import type { CustomFieldDefinition, CustomFieldDefinitionInput, CustomFieldDefinitionPatch, SettingsPatch, SettingsView } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { TemplateChoice } from './settings-api';

export const SettingsPageActions = createActionGroup({
  source: 'Settings Page',
  events: {
    opened: emptyProps(),
    saveSubmitted: props<{ version: number; patch: SettingsPatch }>(),
    latestVersionRequested: emptyProps(),
  },
});

export const CustomFieldsSectionActions = createActionGroup({
  source: 'Custom Fields Section',
  events: {
    createSubmitted: props<{ input: CustomFieldDefinitionInput }>(),
    changeSubmitted: props<{ id: string; version: number; changes: CustomFieldDefinitionPatch }>(),
    /** Moving a field up or down swaps the sort order of two fields. */
    moved: props<{ field: CustomFieldDefinition; other: CustomFieldDefinition }>(),
  },
});

export const SettingsApiActions = createActionGroup({
  source: 'Settings API',
  events: {
    loaded: props<{ settings: SettingsView }>(),
    loadFailed: props<{ error: ApiErrorInfo }>(),
    saved: props<{ settings: SettingsView }>(),
    saveFailed: props<{ error: ApiErrorInfo }>(),
    templateChoicesLoaded: props<{ templates: TemplateChoice[] }>(),
    customFieldsLoaded: props<{ fields: CustomFieldDefinition[] }>(),
    customFieldsLoadFailed: props<{ error: ApiErrorInfo }>(),
    customFieldSaved: props<{ field: CustomFieldDefinition }>(),
    customFieldSaveFailed: props<{ error: ApiErrorInfo }>(),
  },
});
