import { Routes } from '@angular/router';

/** The jobs grid and the declined-jobs queue; a job's own pages come from the job-detail feature. */
export const jobsRoutes: Routes = [
  {
    path: '',
    title: 'nav.jobs',
    loadComponent: () => import('../../core/layout/coming-soon-page/coming-soon-page').then((m) => m.ComingSoonPage),
  },
  {
    // new, :number, :number/edit
    path: '',
    loadChildren: () => import('../job-detail/job-detail.routes').then((m) => m.jobDetailRoutes),
  },
];
