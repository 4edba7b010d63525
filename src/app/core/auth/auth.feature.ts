import type { Role, SessionUser } from '@contract';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../shared/util/call-state';
import { ApiInterceptorActions, AuthApiActions, SignInPageActions } from './auth.actions';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

export interface AuthState {
  status: SessionStatus;
  user: SessionUser | null;
  csrfToken: string | null;
  signIn: CallState;
}

export const initialAuthState: AuthState = {
  status: 'unknown',
  user: null,
  csrfToken: null,
  signIn: 'idle',
};

const signedOut = (state: AuthState): AuthState => ({ ...state, status: 'signed-out', user: null, csrfToken: null });

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AuthApiActions.sessionRestored, (state, { session }) => ({
      ...state,
      status: 'signed-in' as const,
      user: session.user,
      csrfToken: session.csrfToken,
    })),
    on(AuthApiActions.sessionMissing, AuthApiActions.signedOut, ApiInterceptorActions.sessionExpired, signedOut),
    on(SignInPageActions.submitted, (state) => ({ ...state, signIn: 'loading' as const })),
    on(AuthApiActions.signInSucceeded, (state, { session }) => ({
      ...state,
      status: 'signed-in' as const,
      user: session.user,
      csrfToken: session.csrfToken,
      signIn: 'loaded' as const,
    })),
    on(AuthApiActions.signInFailed, (state, { error }) => ({ ...state, signIn: { error } })),
    on(AuthApiActions.preferencesSaved, (state, { user }) => ({ ...state, user })),
  ),
  extraSelectors: ({ selectUser }) => ({
    selectRole: createSelector(selectUser, (user): Role | null => user?.role ?? null),
  }),
});

export const { selectStatus, selectUser, selectCsrfToken, selectSignIn, selectRole } = authFeature;
