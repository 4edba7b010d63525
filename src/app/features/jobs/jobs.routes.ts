import { provideAppDates } from '../../shared/util/app-dates';
import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { jobsEffects, jobsFeature } from './data-access';

/** The jobs grid and the declined-jobs queue; a job's own pages are the job-detail feature's
 * routes, which the app mounts on the same path after these. */
export const jobsRoutes: Routes = [
  {
    path: '',
    providers: [provideState(jobsFeature), provideEffects(jobsEffects), provideTranslocoScope('jobs'), ...provideAppDates()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.jobs',
        loadComponent: () => import('./job-list-page/job-list-page').then((m) => m.JobListPage),
      },
      {
        // Matched before the job-detail routes (mounted after these): "declined" is not a job number.
        path: 'declined',
        title: 'nav.declinedJobs',
        loadComponent: () => import('./declined-jobs-page/declined-jobs-page').then((m) => m.DeclinedJobsPage),
      },
    ],
  },
];
