import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@contract';
import { Store } from '@ngrx/store';
import { filter, map, take } from 'rxjs';
import { Notifier } from '../notifications/notifier';
import { selectRole, selectStatus } from './auth.feature';

/** Resolves once `GET /api/auth/me` has answered at start. */
function knownStatus() {
  return inject(Store)
    .select(selectStatus)
    .pipe(
      filter((status) => status !== 'unknown'),
      take(1),
    );
}

export const signedInGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return knownStatus().pipe(
    map((status) =>
      status === 'signed-in' ? true : router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } }),
    ),
  );
};

export const signedOutGuard: CanActivateFn = () => {
  const router = inject(Router);
  return knownStatus().pipe(map((status) => (status === 'signed-in' ? router.createUrlTree(['/']) : true)));
};

/** Route `data: { roles: [...] }` lists who may open it; others land on their home page with a message. */
export const roleGuard: CanActivateFn = (route) => {
  const router = inject(Router);
  const notifier = inject(Notifier);
  const allowed = (route.data['roles'] as readonly Role[] | undefined) ?? null;
  return inject(Store)
    .select(selectRole)
    .pipe(
      take(1),
      map((role) => {
        if (!allowed || (role !== null && allowed.includes(role))) return true;
        notifier.info('errors.forbidden_page');
        return router.createUrlTree(['/']);
      }),
    );
};
