import { inject } from '@angular/core';
import type { Role } from '@contract';
import { Store } from '@ngrx/store';
import { selectRole } from './auth.feature';

/**
 * Where each role lands after signing in (issue 16): its main list until the dashboard (issue 17)
 * has something to show — a supervisor's day starts with the reserves inbox, a dispatcher's and an
 * administrator's with the jobs grid.
 */
const HOME: Partial<Record<Role, string>> = { admin: '/jobs', dispatcher: '/jobs', supervisor: '/reserves' };

export function homeOf(role: Role): string {
  return HOME[role] ?? '/dashboard';
}

/**
 * The console's root ('/') sends the signed-in user to their role's home page. Before the session
 * is known (a reload, or signed out), the sign-in page decides: it lets a signed-out user sign in,
 * then comes back here; it sends a signed-in user straight back here once the session is known.
 */
export const redirectHome = (): string => {
  const role = inject(Store).selectSignal(selectRole)();
  return role === null ? '/sign-in' : homeOf(role);
};
