import type { Actions } from '@ngrx/effects';
import type { Action, Store } from '@ngrx/store';
import { of } from 'rxjs';
import { sessionUser } from '../../../testing/fixtures';
import type { AuthApi } from '../auth/auth-api';
import { AuthApiActions } from '../auth/auth.actions';
import type { SessionStatus } from '../auth/auth.feature';
import { PreferenceMenuActions } from './preferences.actions';
import { savePreferencesForUser } from './preferences.effects';

describe('savePreferencesForUser', () => {
  function run(status: SessionStatus, action: Action) {
    const api = jasmine.createSpyObj<AuthApi>('AuthApi', ['updatePreferences']);
    api.updatePreferences.and.returnValue(of(sessionUser({ locale: 'fr' })));
    const store = { select: () => of(status) } as unknown as Store;
    const emitted: Action[] = [];
    savePreferencesForUser(of(action) as Actions, store, api).subscribe((a) => emitted.push(a));
    return { api, emitted };
  }

  it('remembers the language for the signed-in user', () => {
    const { api, emitted } = run('signed-in', PreferenceMenuActions.languageSelected({ locale: 'fr' }));
    expect(api.updatePreferences).toHaveBeenCalledOnceWith({ locale: 'fr' });
    expect(emitted).toEqual([AuthApiActions.preferencesSaved({ user: sessionUser({ locale: 'fr' }) })]);
  });

  it('sends only the theme when the theme changes', () => {
    const { api } = run('signed-in', PreferenceMenuActions.themeSelected({ theme: 'dark' }));
    expect(api.updatePreferences).toHaveBeenCalledOnceWith({ theme: 'dark' });
  });

  it('does not call the server before sign-in', () => {
    const { api, emitted } = run('signed-out', PreferenceMenuActions.languageSelected({ locale: 'fr' }));
    expect(api.updatePreferences).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });
});
