import { session } from '../../../testing/fixtures';
import { ApiInterceptorActions, AuthApiActions, SignInPageActions } from './auth.actions';
import { authFeature, initialAuthState } from './auth.feature';

describe('auth reducer', () => {
  const reducer = authFeature.reducer;

  it('starts unknown until the session check answers', () => {
    expect(reducer(undefined, { type: 'init' }).status).toBe('unknown');
    expect(reducer(initialAuthState, AuthApiActions.sessionMissing()).status).toBe('signed-out');
  });

  it('keeps the user and CSRF token of a restored session', () => {
    const state = reducer(initialAuthState, AuthApiActions.sessionRestored({ session: session({ role: 'admin' }) }));
    expect(state.status).toBe('signed-in');
    expect(state.user?.role).toBe('admin');
    expect(state.csrfToken).toBe('csrf-123');
  });

  it('tracks the sign-in form: loading, then the error', () => {
    const credentials = { email: 'a@b.test', password: 'x' };
    let state = reducer(initialAuthState, SignInPageActions.submitted({ credentials, returnUrl: null }));
    expect(state.signIn).toBe('loading');
    const error = { status: 401, code: 'invalid_credentials', message: 'Wrong' };
    state = reducer(state, AuthApiActions.signInFailed({ error }));
    expect(state.signIn).toEqual({ error });
  });

  it('forgets the session when it expires', () => {
    const signedIn = reducer(initialAuthState, AuthApiActions.sessionRestored({ session: session() }));
    const state = reducer(signedIn, ApiInterceptorActions.sessionExpired({ returnUrl: '/jobs' }));
    expect(state).toEqual(jasmine.objectContaining({ status: 'signed-out', user: null, csrfToken: null }));
  });

  it('selects the role via projector', () => {
    expect(authFeature.selectRole.projector(session({ role: 'supervisor' }).user)).toBe('supervisor');
    expect(authFeature.selectRole.projector(null)).toBeNull();
  });
});
