import { HttpErrorResponse } from '@angular/common/http';
import type { Actions } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { type Observable, of, throwError } from 'rxjs';
import { session } from '../../../testing/fixtures';
import type { AuthApi } from './auth-api';
import { AppActions, AuthApiActions, SignInPageActions } from './auth.actions';
import { restoreSession, signIn } from './auth.effects';

function run(effect: Observable<Action>): Action[] {
  const emitted: Action[] = [];
  effect.subscribe((action) => emitted.push(action));
  return emitted;
}

describe('auth effects', () => {
  const credentials = { email: 'dispatch@demo.fielddesk.test', password: 'secret' };

  it('signs in and keeps the return address', () => {
    const api = { login: () => of(session()) } as unknown as AuthApi;
    const actions$ = of(SignInPageActions.submitted({ credentials, returnUrl: '/customers' })) as Actions;
    expect(run(signIn(actions$, api))).toEqual([
      AuthApiActions.signInSucceeded({ session: session(), returnUrl: '/customers' }),
    ]);
  });

  it('reports wrong credentials as plain data', () => {
    const failure = new HttpErrorResponse({
      status: 401,
      error: { error: { code: 'invalid_credentials', message: 'Wrong email or password.' } },
    });
    const api = { login: () => throwError(() => failure) } as unknown as AuthApi;
    const [action] = run(signIn(of(SignInPageActions.submitted({ credentials, returnUrl: null })) as Actions, api));
    expect(action).toEqual(
      AuthApiActions.signInFailed({ error: { status: 401, code: 'invalid_credentials', message: 'Wrong email or password.' } }),
    );
  });

  it('explains that technicians do not use the console', () => {
    const failure = new HttpErrorResponse({ status: 403, error: { error: { code: 'forbidden', message: 'No' } } });
    const api = { login: () => throwError(() => failure) } as unknown as AuthApi;
    const [action] = run(signIn(of(SignInPageActions.submitted({ credentials, returnUrl: null })) as Actions, api)) as [
      ReturnType<typeof AuthApiActions.signInFailed>,
    ];
    expect(action.error.code).toBe('console_forbidden');
  });

  it('treats a failed session check as signed out', () => {
    const api = { me: () => throwError(() => new HttpErrorResponse({ status: 401 })) } as unknown as AuthApi;
    expect(run(restoreSession(of(AppActions.started()) as Actions, api))).toEqual([AuthApiActions.sessionMissing()]);
  });
});
