import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { scheduleBoardEffects, scheduleBoardFeature } from './data-access';

/** The schedule board: technicians by day or week, drag to assign and reschedule. */
export const scheduleBoardRoutes: Routes = [
  {
    path: '',
    title: 'pages.jobsBoard',
    providers: [
      provideState(scheduleBoardFeature),
      provideEffects(scheduleBoardEffects),
      provideTranslocoScope({ scope: 'schedule-board', alias: 'scheduleBoard' }),
    ],
    loadComponent: () => import('./schedule-board-page/schedule-board-page').then((m) => m.ScheduleBoardPage),
  },
];
