import type { EnvironmentProviders, Provider } from '@angular/core';
import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { roleGuard } from '../../core/auth/auth.guards';
import { unsavedChangesGuard } from '../../core/forms/unsaved-changes.guard';
import { rolesThatMay } from '@contract/rules';
import { jobDetailEffects, jobDetailFeature, jobFormFeature, jobLookupsFeature, onlineViewEffects, onlineViewFeature } from './data-access';

function jobDetailProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideState(jobDetailFeature),
    provideState(jobFormFeature),
    provideState(jobLookupsFeature),
    provideState(onlineViewFeature),
    provideEffects(jobDetailEffects, onlineViewEffects),
    provideTranslocoScope({ scope: 'job-detail', alias: 'jobDetail' }),
  ];
}

const writers = { roles: rolesThatMay('jobs', 'write') };

/** A job: the form (new, edit) and its online view, addressed by number (/jobs/J-000123). */
export const jobDetailRoutes: Routes = [
  {
    path: '',
    providers: jobDetailProviders(),
    children: [
      {
        // Before ':number': "new" is not a job number.
        path: 'new',
        title: 'pages.jobNew',
        canActivate: [roleGuard],
        canDeactivate: [unsavedChangesGuard],
        data: writers,
        loadComponent: () => import('./job-form-page/job-form-page').then((m) => m.JobFormPage),
      },
      {
        path: ':number',
        title: 'pages.job',
        loadComponent: () => import('./job-page/job-page').then((m) => m.JobPage),
      },
      {
        path: ':number/edit',
        title: 'pages.job',
        canActivate: [roleGuard],
        canDeactivate: [unsavedChangesGuard],
        data: writers,
        loadComponent: () => import('./job-form-page/job-form-page').then((m) => m.JobFormPage),
      },
    ],
  },
];
