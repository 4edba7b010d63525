import type { LoginRequest, SessionInfo, SessionUser } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../shared/util/api-error';

export const AppActions = createActionGroup({
  source: 'App',
  events: {
    started: emptyProps(),
  },
});

export const SignInPageActions = createActionGroup({
  source: 'Sign-in Page',
  events: {
    submitted: props<{ credentials: LoginRequest; returnUrl: string | null }>(),
  },
});

export const UserMenuActions = createActionGroup({
  source: 'User Menu',
  events: {
    signOutClicked: emptyProps(),
  },
});

export const ApiInterceptorActions = createActionGroup({
  source: 'API Interceptor',
  events: {
    sessionExpired: props<{ returnUrl: string }>(),
  },
});

export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    sessionRestored: props<{ session: SessionInfo }>(),
    sessionMissing: emptyProps(),
    signInSucceeded: props<{ session: SessionInfo; returnUrl: string | null }>(),
    signInFailed: props<{ error: ApiErrorInfo }>(),
    signedOut: emptyProps(),
    preferencesSaved: props<{ user: SessionUser }>(),
    preferencesSaveFailed: props<{ error: ApiErrorInfo }>(),
  },
});
