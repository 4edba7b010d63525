import { provideAppDates } from '../../shared/util/app-dates';
import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { reservesEffects, reservesFeature } from './data-access';

/** `/reserves` (the supervisors' inbox) and `/reserves/:id` (one reserve). */
export const reservesRoutes: Routes = [
  {
    path: '',
    providers: [provideState(reservesFeature), provideEffects(reservesEffects), provideTranslocoScope('reserves'), ...provideAppDates()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.reserves',
        loadComponent: () => import('./reserve-list-page/reserve-list-page').then((m) => m.ReserveListPage),
      },
      {
        path: ':id',
        title: 'pages.reserve',
        loadComponent: () => import('./reserve-page/reserve-page').then((m) => m.ReservePage),
      },
    ],
  },
];
