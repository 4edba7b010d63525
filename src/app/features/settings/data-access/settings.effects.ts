import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, exhaustMap, map, of, switchMap } from 'rxjs';
import { notice, notifyEffect } from '../../../core/notifications/notify-effect';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { CustomFieldsSectionActions, SettingsApiActions, SettingsPageActions } from './settings.actions';
import { SettingsApi } from './settings-api';
import { apiEffect } from '../../../shared/data/api-effect';

export const loadSettings = apiEffect(SettingsApi, switchMap, {
  on: [SettingsPageActions.opened, SettingsPageActions.latestVersionRequested],
  call: (api) => api.get(),
  succeeded: (settings) => SettingsApiActions.loaded({ settings }),
  failed: (error) => SettingsApiActions.loadFailed({ error }),
});

export const loadCustomFields = apiEffect(SettingsApi, exhaustMap, {
  on: [SettingsPageActions.opened],
  call: (api) => api.customFields(),
  succeeded: (fields) => SettingsApiActions.customFieldsLoaded({ fields }),
  failed: (error) => SettingsApiActions.customFieldsLoadFailed({ error }),
});

/** The default template picker; without it the current default still shows by id. */
export const loadTemplateChoices = apiEffect(SettingsApi, exhaustMap, {
  on: [SettingsPageActions.opened],
  call: (api) => api.defaultTemplateChoices(),
  succeeded: (templates) => SettingsApiActions.templateChoicesLoaded({ templates }),
});

export const saveSettings = apiEffect(SettingsApi, concatMap, {
  on: [SettingsPageActions.saveSubmitted],
  call: (api, { version, patch }) => api.save(version, patch),
  succeeded: (settings) => SettingsApiActions.saved({ settings }),
  failed: (error) => SettingsApiActions.saveFailed({ error }),
});

export const saveCustomField = apiEffect(SettingsApi, concatMap, {
  on: [CustomFieldsSectionActions.createSubmitted, CustomFieldsSectionActions.changeSubmitted],
  call: (api, action) =>
    action.type === CustomFieldsSectionActions.createSubmitted.type
      ? api.createCustomField(action.input)
      : api.changeCustomField(action.id, action.version, action.changes),
  succeeded: (field) => SettingsApiActions.customFieldSaved({ field }),
  failed: (error) => SettingsApiActions.customFieldSaveFailed({ error }),
});

/** Two writes, one after the other: each field takes the other's place. */
export const moveCustomField = createEffect(
  (actions$ = inject(Actions), api = inject(SettingsApi)) =>
    actions$.pipe(
      ofType(CustomFieldsSectionActions.moved),
      concatMap(({ field, other }) =>
        api.changeCustomField(field.id, field.version, { sortOrder: other.sortOrder }).pipe(
          concatMap((first) =>
            api.changeCustomField(other.id, other.version, { sortOrder: field.sortOrder }).pipe(
              map((second) => [first, second]),
            ),
          ),
          concatMap((fields) => fields.map((f) => SettingsApiActions.customFieldSaved({ field: f }))),
          catchError((error: unknown) => of(SettingsApiActions.customFieldSaveFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const announceSaved = notifyEffect(notice(SettingsApiActions.saved, 'settings.saved'));

export const settingsEffects = { loadSettings, loadCustomFields, loadTemplateChoices, saveSettings, saveCustomField, moveCustomField, announceSaved };
