import { Routes } from '@angular/router';

/** The schedule board: technicians by day or week, drag to assign and reschedule. */
export const scheduleBoardRoutes: Routes = [
  {
    path: '',
    title: 'pages.jobsBoard',
    loadComponent: () => import('../../core/layout/coming-soon-page/coming-soon-page').then((m) => m.ComingSoonPage),
  },
];
