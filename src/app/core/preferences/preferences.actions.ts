import type { Locale } from '@contract';
import { createActionGroup, props } from '@ngrx/store';
import type { ThemeMode } from './preferences-storage';

export const PreferencesStorageActions = createActionGroup({
  source: 'Preferences Storage',
  events: {
    read: props<{ locale: Locale; theme: ThemeMode }>(),
  },
});

export const PreferenceMenuActions = createActionGroup({
  source: 'Preference Menu',
  events: {
    languageSelected: props<{ locale: Locale }>(),
    themeSelected: props<{ theme: ThemeMode }>(),
  },
});
