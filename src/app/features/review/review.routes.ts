import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { reviewEffects, reviewFeature } from './data-access';

/** The managers' review of returned jobs: the queue, and one job to validate, correct or reopen. */
export const reviewRoutes: Routes = [
  {
    path: '',
    providers: [provideState(reviewFeature), provideEffects(reviewEffects), provideTranslocoScope('review')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.review',
        loadComponent: () => import('./review-queue-page/review-queue-page').then((m) => m.ReviewQueuePage),
      },
      {
        path: ':number',
        title: 'pages.reviewJob',
        loadComponent: () => import('./review-page/review-page').then((m) => m.ReviewPage),
      },
    ],
  },
];
