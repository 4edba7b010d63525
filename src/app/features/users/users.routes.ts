import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { usersEffects, usersFeature } from './data-access';

const providers = [provideState(usersFeature), provideEffects(usersEffects), provideTranslocoScope('users')];

/** /users (administrators). */
export const usersRoutes: Routes = [
  { path: '', providers, loadComponent: () => import('./user-list-page/user-list-page').then((m) => m.UserListPage) },
];

/** /me (every console role). */
export const meRoutes: Routes = [{ path: '', providers, loadComponent: () => import('./me-page/me-page').then((m) => m.MePage) }];
