import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { EMPTY, catchError, concatMap, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { Notifier } from '../../../core/notifications/notifier';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import { CustomFieldsSectionActions, SettingsApiActions, SettingsPageActions } from './settings.actions';
import { SettingsApi } from './settings-api';

export const loadSettings = createEffect(
  (actions$ = inject(Actions), api = inject(SettingsApi)) =>
    actions$.pipe(
      ofType(SettingsPageActions.opened, SettingsPageActions.latestVersionRequested),
      switchMap(() =>
        api.get().pipe(
          map((settings) => SettingsApiActions.loaded({ settings })),
          catchError((error: unknown) => of(SettingsApiActions.loadFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const loadCustomFields = createEffect(
  (actions$ = inject(Actions), api = inject(SettingsApi)) =>
    actions$.pipe(
      ofType(SettingsPageActions.opened),
      exhaustMap(() =>
        api.customFields().pipe(
          map((fields) => SettingsApiActions.customFieldsLoaded({ fields })),
          catchError((error: unknown) => of(SettingsApiActions.customFieldsLoadFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

/** The default template picker; without it the current default still shows by id. */
export const loadTemplateChoices = createEffect(
  (actions$ = inject(Actions), api = inject(SettingsApi)) =>
    actions$.pipe(
      ofType(SettingsPageActions.opened),
      exhaustMap(() =>
        api.defaultTemplateChoices().pipe(
          map((templates) => SettingsApiActions.templateChoicesLoaded({ templates })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);

export const saveSettings = createEffect(
  (actions$ = inject(Actions), api = inject(SettingsApi)) =>
    actions$.pipe(
      ofType(SettingsPageActions.saveSubmitted),
      concatMap(({ version, patch }) =>
        api.save(version, patch).pipe(
          map((settings) => SettingsApiActions.saved({ settings })),
          catchError((error: unknown) => of(SettingsApiActions.saveFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

export const saveCustomField = createEffect(
  (actions$ = inject(Actions), api = inject(SettingsApi)) =>
    actions$.pipe(
      ofType(CustomFieldsSectionActions.createSubmitted, CustomFieldsSectionActions.changeSubmitted),
      concatMap((action) =>
        (action.type === CustomFieldsSectionActions.createSubmitted.type
          ? api.createCustomField(action.input)
          : api.changeCustomField(action.id, action.version, action.changes)
        ).pipe(
          map((field) => SettingsApiActions.customFieldSaved({ field })),
          catchError((error: unknown) => of(SettingsApiActions.customFieldSaveFailed({ error: toApiErrorInfo(error) }))),
        ),
      ),
    ),
  { functional: true },
);

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

export const announceSaved = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(SettingsApiActions.saved),
      tap(() => notifier.info('settings.saved')),
    ),
  { functional: true, dispatch: false },
);

export const settingsEffects = { loadSettings, loadCustomFields, loadTemplateChoices, saveSettings, saveCustomField, moveCustomField, announceSaved };
