import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { concatMap, distinctUntilChanged, filter, map, tap, withLatestFrom } from 'rxjs';
import { AuthApi } from '../auth/auth-api';
import { AppActions, AuthApiActions } from '../auth/auth.actions';
import { selectStatus } from '../auth/auth.feature';
import { PreferenceMenuActions, PreferencesStorageActions } from './preferences.actions';
import { selectLocale, selectPreferencesState, selectTheme } from './preferences.feature';
import { PREFERENCES_STORAGE, readPreferences, writePreferences } from './preferences-storage';
import { callApi } from '../../shared/data/api-effect';

export const readStoredPreferences = createEffect(
  (actions$ = inject(Actions), storage = inject(PREFERENCES_STORAGE)) =>
    actions$.pipe(
      ofType(AppActions.started),
      map(() => PreferencesStorageActions.read(readPreferences(storage, globalThis.navigator?.language))),
    ),
  { functional: true },
);

export const rememberPreferencesLocally = createEffect(
  (actions$ = inject(Actions), store = inject(Store), storage = inject(PREFERENCES_STORAGE)) =>
    actions$.pipe(
      ofType(
        PreferenceMenuActions.languageSelected,
        PreferenceMenuActions.themeSelected,
        AuthApiActions.sessionRestored,
        AuthApiActions.signInSucceeded,
      ),
      withLatestFrom(store.select(selectPreferencesState)),
      tap(([, preferences]) => writePreferences(storage, preferences)),
    ),
  { functional: true, dispatch: false },
);

export const savePreferencesForUser = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(PreferenceMenuActions.languageSelected, PreferenceMenuActions.themeSelected),
      withLatestFrom(store.select(selectStatus)),
      filter(([, status]) => status === 'signed-in'),
      concatMap(([action]) =>
        callApi(
          api.updatePreferences('locale' in action ? { locale: action.locale } : { theme: action.theme }),
          (user) => AuthApiActions.preferencesSaved({ user }),
          (error) => AuthApiActions.preferencesSaveFailed({ error }),
        ),
      ),
    ),
  { functional: true },
);

export const applyLanguage = createEffect(
  (store = inject(Store), transloco = inject(TranslocoService), document = inject(DOCUMENT)) =>
    store.select(selectLocale).pipe(
      distinctUntilChanged(),
      tap((locale) => {
        transloco.setActiveLang(locale);
        document.documentElement.lang = locale;
      }),
    ),
  { functional: true, dispatch: false },
);

export const applyTheme = createEffect(
  (store = inject(Store), document = inject(DOCUMENT)) =>
    store.select(selectTheme).pipe(
      distinctUntilChanged(),
      tap((theme) => {
        const classes = document.documentElement.classList;
        classes.toggle('theme-light', theme === 'light');
        classes.toggle('theme-dark', theme === 'dark');
      }),
    ),
  { functional: true, dispatch: false },
);
