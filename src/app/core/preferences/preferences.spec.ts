import { session } from '../../../testing/fixtures';
import { AuthApiActions } from '../auth/auth.actions';
import { PreferenceMenuActions, PreferencesStorageActions } from './preferences.actions';
import { initialPreferencesState, preferencesFeature } from './preferences.feature';
import { PREFERENCES_KEY, readPreferences, writePreferences } from './preferences-storage';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = { ...initial };
  return {
    data,
    getItem: (key: string) => data[key] ?? null,
    setItem: (key: string, value: string) => void (data[key] = value),
  };
}

describe('preferences', () => {
  it('reads the stored choice first', () => {
    const storage = memoryStorage({ [PREFERENCES_KEY]: JSON.stringify({ locale: 'fr', theme: 'dark' }) });
    expect(readPreferences(storage, 'en-US')).toEqual({ locale: 'fr', theme: 'dark' });
  });

  it('falls back on the browser language and the system theme', () => {
    expect(readPreferences(memoryStorage(), 'fr-CA')).toEqual({ locale: 'fr', theme: 'system' });
    expect(readPreferences(memoryStorage(), 'de-DE')).toEqual({ locale: 'en', theme: 'system' });
  });

  it('ignores garbage in storage', () => {
    const storage = memoryStorage({ [PREFERENCES_KEY]: '{not json' });
    expect(readPreferences(storage, 'en')).toEqual({ locale: 'en', theme: 'system' });
    const odd = memoryStorage({ [PREFERENCES_KEY]: JSON.stringify({ locale: 'de', theme: 'pink' }) });
    expect(readPreferences(odd, 'en')).toEqual({ locale: 'en', theme: 'system' });
  });

  it('writes what it reads back', () => {
    const storage = memoryStorage();
    writePreferences(storage, { locale: 'fr', theme: 'light' });
    expect(readPreferences(storage, 'en')).toEqual({ locale: 'fr', theme: 'light' });
  });

  it('lets the signed-in user’s saved choice win, then follows the menus', () => {
    const reducer = preferencesFeature.reducer;
    let state = reducer(initialPreferencesState, PreferencesStorageActions.read({ locale: 'en', theme: 'light' }));
    state = reducer(state, AuthApiActions.sessionRestored({ session: session({ locale: 'fr', theme: 'dark' }) }));
    expect(state).toEqual({ locale: 'fr', theme: 'dark' });
    state = reducer(state, PreferenceMenuActions.themeSelected({ theme: 'system' }));
    expect(state).toEqual({ locale: 'fr', theme: 'system' });
  });
});
