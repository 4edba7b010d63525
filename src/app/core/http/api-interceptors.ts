import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { catchError, throwError } from 'rxjs';
import { ApiInterceptorActions } from '../auth/auth.actions';
import { selectCsrfToken } from '../auth/auth.feature';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

export function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

/** Same-origin cookie session; state-changing calls carry the session's CSRF token. */
export const credentialsInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiUrl(req.url)) return next(req);
  const csrfToken = inject(Store).selectSignal(selectCsrfToken)();
  const needsToken = !SAFE_METHODS.includes(req.method) && csrfToken !== null;
  return next(
    req.clone({
      withCredentials: true,
      ...(needsToken ? { setHeaders: { 'X-CSRF-Token': csrfToken } } : {}),
    }),
  );
};

/** Calls that answer 401 as part of their normal job (checking or opening a session). */
function isSessionProbe(method: string, url: string): boolean {
  return url === '/api/auth/login' || (method === 'GET' && url === '/api/auth/me');
}

/** A 401 anywhere else means the session ended: back to sign-in, then back here. */
export const sessionExpiredInterceptor: HttpInterceptorFn = (req, next) => {
  const store = inject(Store);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        isApiUrl(req.url) &&
        !isSessionProbe(req.method, req.url)
      ) {
        store.dispatch(ApiInterceptorActions.sessionExpired({ returnUrl: router.url }));
      }
      return throwError(() => error);
    }),
  );
};
