import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, of, tap } from 'rxjs';
import { toApiErrorInfo } from '../../shared/util/api-error';
import { Notifier } from '../notifications/notifier';
import { AuthApi } from './auth-api';
import { ApiInterceptorActions, AppActions, AuthApiActions, SignInPageActions, UserMenuActions } from './auth.actions';
import { safeReturnUrl } from './return-url';
import { apiProblem, notice, notifyEffect } from '../notifications/notify-effect';

export const restoreSession = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(AppActions.started),
      exhaustMap(() =>
        api.me().pipe(
          // Technicians have no place in the console even with a valid session.
          map((session) =>
            session.user.role === 'technician'
              ? AuthApiActions.sessionMissing()
              : AuthApiActions.sessionRestored({ session }),
          ),
          catchError(() => of(AuthApiActions.sessionMissing())),
        ),
      ),
    ),
  { functional: true },
);

export const signIn = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(SignInPageActions.submitted),
      exhaustMap(({ credentials, returnUrl }) =>
        api.login(credentials).pipe(
          exhaustMap((session) => {
            if (session.user.role !== 'technician') return of(AuthApiActions.signInSucceeded({ session, returnUrl }));
            return api.logout().pipe(
              catchError(() => of(null)),
              map(() =>
                AuthApiActions.signInFailed({
                  error: { status: 403, code: 'console_forbidden', message: 'Technicians use the FieldDesk app' },
                }),
              ),
            );
          }),
          catchError((error: unknown) => of(AuthApiActions.signInFailed({ error: signInError(error) }))),
        ),
      ),
    ),
  { functional: true },
);

/** The server refuses technicians here with a plain 403: say why in the console's words. */
function signInError(error: unknown) {
  const info = toApiErrorInfo(error);
  return info.status === 403 && info.code === 'forbidden' ? { ...info, code: 'console_forbidden' } : info;
}

export const goToReturnUrl = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthApiActions.signInSucceeded),
      tap(({ returnUrl }) => void router.navigateByUrl(safeReturnUrl(returnUrl))),
    ),
  { functional: true, dispatch: false },
);

export const signOut = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(UserMenuActions.signOutClicked),
      exhaustMap(() =>
        api.logout().pipe(
          map(() => AuthApiActions.signedOut()),
          // Even if the server is unreachable, the console forgets the session.
          catchError(() => of(AuthApiActions.signedOut())),
        ),
      ),
    ),
  { functional: true },
);

export const goToSignInAfterSignOut = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthApiActions.signedOut),
      tap(() => void router.navigateByUrl('/sign-in')),
    ),
  { functional: true, dispatch: false },
);

export const goToSignInWhenSessionExpired = createEffect(
  (actions$ = inject(Actions), router = inject(Router), notifier = inject(Notifier)) =>
    actions$.pipe(
      ofType(ApiInterceptorActions.sessionExpired),
      filter(({ returnUrl }) => !returnUrl.startsWith('/sign-in')),
      tap(({ returnUrl }) => {
        notifier.info('auth.sessionExpired');
        void router.navigate(['/sign-in'], { queryParams: { returnUrl } });
      }),
    ),
  { functional: true, dispatch: false },
);

export const notifyPreferencesNotSaved = notifyEffect(notice(AuthApiActions.preferencesSaveFailed, apiProblem));
