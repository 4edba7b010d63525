import { consoleRoles, rolesThatMay } from '@contract/rules';
import type { Role } from '@contract';
import type { Route, Routes } from '@angular/router';
import { roleGuard, signedInGuard, signedOutGuard } from './core/auth/auth.guards';
import { reviewCountEffects, reviewCountFeature } from './core/review-count';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

/** An address a later issue fills: one shared "being built" page, lazily loaded, guarded by role. */
function comingSoon(path: string, title: string, roles: readonly Role[]): Route {
  return {
    path,
    title,
    canActivate: [roleGuard],
    data: { roles },
    loadComponent: () => import('./core/layout/coming-soon-page/coming-soon-page').then((m) => m.ComingSoonPage),
  };
}

export const appRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'signIn.title',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./core/auth/sign-in-page/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    loadComponent: () => import('./core/layout/shell/shell').then((m) => m.Shell),
    // The review badge's slice lives with the shell: it loads once a manager is signed in.
    providers: [provideState(reviewCountFeature), provideEffects(reviewCountEffects)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      comingSoon('dashboard', 'nav.dashboard', rolesThatMay('dashboard', 'read')),
      {
        // Before 'jobs/:number': these words are not job numbers.
        path: 'jobs/board',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('jobs', 'read') },
        loadChildren: () => import('./features/schedule-board/schedule-board.routes').then((m) => m.scheduleBoardRoutes),
      },
      {
        path: 'jobs',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('jobs', 'read') },
        loadChildren: () => import('./features/jobs/jobs.routes').then((m) => m.jobsRoutes),
      },
      {
        // Tried when no jobs route matched: new, :number, :number/edit.
        path: 'jobs',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('jobs', 'read') },
        loadChildren: () => import('./features/job-detail/job-detail.routes').then((m) => m.jobDetailRoutes),
      },
      {
        path: 'review',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('review', 'read') },
        loadChildren: () => import('./features/review/review.routes').then((m) => m.reviewRoutes),
      },
      {
        path: 'reserves',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('reserves', 'read') },
        loadChildren: () => import('./features/reserves/reserves.routes').then((m) => m.reservesRoutes),
      },
      {
        path: 'report-templates',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('configuration', 'read') },
        loadChildren: () => import('./features/report-templates/report-templates.routes').then((m) => m.reportTemplatesRoutes),
      },
      {
        path: 'depots',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('depots', 'read') },
        loadChildren: () => import('./features/depot/depot.routes').then((m) => m.depotsRoutes),
      },
      {
        path: 'serials',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('depots', 'read') },
        loadChildren: () => import('./features/depot/depot.routes').then((m) => m.serialsRoutes),
      },
      {
        path: 'repairs',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('depots', 'read') },
        loadChildren: () => import('./features/depot/depot.routes').then((m) => m.repairsRoutes),
      },
      {
        path: 'stock-shortfalls',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('depots', 'read') },
        loadChildren: () => import('./features/depot/depot.routes').then((m) => m.stockShortfallsRoutes),
      },
      {
        path: 'catalog',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('configuration', 'read') },
        loadChildren: () => import('./features/catalog/catalog.routes').then((m) => m.catalogRoutes),
      },
      {
        path: 'customers',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('customers', 'read') },
        loadChildren: () => import('./features/customers/customers.routes').then((m) => m.customersRoutes),
      },
      {
        path: 'users',
        title: 'nav.users',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('administration', 'read') },
        loadChildren: () => import('./features/users/users.routes').then((m) => m.usersRoutes),
      },
      {
        path: 'settings',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('configuration', 'read') },
        loadChildren: () => import('./features/settings/settings.routes').then((m) => m.settingsRoutes),
      },
      {
        path: 'audit',
        title: 'nav.audit',
        canActivate: [roleGuard],
        data: { roles: rolesThatMay('administration', 'read') },
        loadChildren: () => import('./features/audit/audit.routes').then((m) => m.auditRoutes),
      },
      {
        path: 'me',
        title: 'pages.me',
        canActivate: [roleGuard],
        data: { roles: consoleRoles },
        loadChildren: () => import('./features/users/users.routes').then((m) => m.meRoutes),
      },
      {
        path: '**',
        title: 'notFound.title',
        loadComponent: () => import('./core/layout/not-found-page/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
