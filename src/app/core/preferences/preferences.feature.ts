import { createFeature, createReducer, on } from '@ngrx/store';
import { AuthApiActions } from '../auth/auth.actions';
import { PreferenceMenuActions, PreferencesStorageActions } from './preferences.actions';
import type { Preferences } from './preferences-storage';

export const initialPreferencesState: Preferences = { locale: 'en', theme: 'system' };

export const preferencesFeature = createFeature({
  name: 'preferences',
  reducer: createReducer(
    initialPreferencesState,
    on(PreferencesStorageActions.read, (_state, { locale, theme }) => ({ locale, theme })),
    // Once signed in, the user's saved choice wins over this browser's.
    on(AuthApiActions.sessionRestored, AuthApiActions.signInSucceeded, (_state, { session }) => ({
      locale: session.user.locale,
      theme: session.user.theme,
    })),
    on(PreferenceMenuActions.languageSelected, (state, { locale }) => ({ ...state, locale })),
    on(PreferenceMenuActions.themeSelected, (state, { theme }) => ({ ...state, theme })),
  ),
});

export const { selectPreferencesState, selectLocale, selectTheme } = preferencesFeature;
