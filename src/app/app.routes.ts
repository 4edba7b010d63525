import { consoleRoles, rolesThatMay } from '@contract/rules';
import type { Role } from '@contract';
import type { LoadChildren, Route, Routes } from '@angular/router';
import { roleGuard, signedInGuard, signedOutGuard } from './core/auth/auth.guards';
import { redirectHome } from './core/auth/home-page';
import { reviewCountEffects, reviewCountFeature } from './core/review-count';
import * as serialSearchEffects from './core/layout/serial-search/serial-search.effects';
import { serialSearchFeature } from './core/layout/serial-search/serial-search.state';
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

/** A feature's own routes, lazily loaded under `path`, for the roles that may read it. */
function lazyFeature(path: string, roles: readonly Role[], loadChildren: LoadChildren, title?: string): Route {
  return { path, ...(title && { title }), canActivate: [roleGuard], data: { roles }, loadChildren };
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
    // The review badge's and the serial box's slices live with the shell: they load once a manager is signed in.
    providers: [provideState(reviewCountFeature), provideState(serialSearchFeature), provideEffects(reviewCountEffects, serialSearchEffects)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: redirectHome },
      comingSoon('dashboard', 'nav.dashboard', rolesThatMay('dashboard', 'read')),
      // Before 'jobs/:number': these words are not job numbers.
      lazyFeature('jobs/board', rolesThatMay('jobs', 'read'), () => import('./features/schedule-board/schedule-board.routes').then((m) => m.scheduleBoardRoutes)),
      lazyFeature('jobs', rolesThatMay('jobs', 'read'), () => import('./features/jobs/jobs.routes').then((m) => m.jobsRoutes)),
      // Tried when no jobs route matched: new, :number, :number/edit.
      lazyFeature('jobs', rolesThatMay('jobs', 'read'), () => import('./features/job-detail/job-detail.routes').then((m) => m.jobDetailRoutes)),
      lazyFeature('review', rolesThatMay('review', 'read'), () => import('./features/review/review.routes').then((m) => m.reviewRoutes)),
      lazyFeature('reserves', rolesThatMay('reserves', 'read'), () => import('./features/reserves/reserves.routes').then((m) => m.reservesRoutes)),
      lazyFeature('report-templates', rolesThatMay('configuration', 'read'), () => import('./features/report-templates/report-templates.routes').then((m) => m.reportTemplatesRoutes)),
      lazyFeature('depots', rolesThatMay('depots', 'read'), () => import('./features/depot/depot.routes').then((m) => m.depotsRoutes)),
      lazyFeature('serials', rolesThatMay('depots', 'read'), () => import('./features/depot/depot.routes').then((m) => m.serialsRoutes)),
      lazyFeature('repairs', rolesThatMay('depots', 'read'), () => import('./features/depot/depot.routes').then((m) => m.repairsRoutes)),
      lazyFeature('stock-shortfalls', rolesThatMay('depots', 'read'), () => import('./features/depot/depot.routes').then((m) => m.stockShortfallsRoutes)),
      lazyFeature('catalog', rolesThatMay('configuration', 'read'), () => import('./features/catalog/catalog.routes').then((m) => m.catalogRoutes)),
      lazyFeature('customers', rolesThatMay('customers', 'read'), () => import('./features/customers/customers.routes').then((m) => m.customersRoutes)),
      lazyFeature('users', rolesThatMay('administration', 'read'), () => import('./features/users/users.routes').then((m) => m.usersRoutes), 'nav.users'),
      lazyFeature('settings', rolesThatMay('configuration', 'read'), () => import('./features/settings/settings.routes').then((m) => m.settingsRoutes)),
      lazyFeature('audit', rolesThatMay('administration', 'read'), () => import('./features/audit/audit.routes').then((m) => m.auditRoutes), 'nav.audit'),
      lazyFeature('me', consoleRoles, () => import('./features/users/users.routes').then((m) => m.meRoutes), 'pages.me'),
      {
        path: '**',
        title: 'notFound.title',
        loadComponent: () => import('./core/layout/not-found-page/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
