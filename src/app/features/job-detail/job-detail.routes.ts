import { Routes } from '@angular/router';

/** A job: the form (new, edit) and its online view, addressed by number (/jobs/J-000123). */
export const jobDetailRoutes: Routes = [
  {
    path: ':number',
    title: 'pages.job',
    loadComponent: () => import('../../core/layout/coming-soon-page/coming-soon-page').then((m) => m.ComingSoonPage),
  },
];
