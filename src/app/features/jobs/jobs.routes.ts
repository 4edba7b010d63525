import { provideNativeDateAdapter } from '@angular/material/core';
import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { jobsEffects, jobsFeature } from './data-access';

/** The jobs grid and the declined-jobs queue; a job's own pages come from the job-detail feature. */
export const jobsRoutes: Routes = [
  {
    path: '',
    providers: [provideState(jobsFeature), provideEffects(jobsEffects), provideTranslocoScope('jobs'), provideNativeDateAdapter()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.jobs',
        loadComponent: () => import('./job-list-page/job-list-page').then((m) => m.JobListPage),
      },
      {
        // Matched before the job-detail routes below: "declined" is not a job number.
        path: 'declined',
        title: 'nav.declinedJobs',
        loadComponent: () => import('./declined-jobs-page/declined-jobs-page').then((m) => m.DeclinedJobsPage),
      },
    ],
  },
  {
    // new, :number, :number/edit
    path: '',
    // eslint-disable-next-line boundaries/element-types -- reaches another feature by path; reported to the lead (issue 13)
    loadChildren: () => import('../job-detail/job-detail.routes').then((m) => m.jobDetailRoutes),
  },
];
