import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { unsavedChangesGuard } from '../../core/forms/unsaved-changes.guard';
import { settingsEffects, settingsFeature } from './data-access';

export const settingsRoutes: Routes = [
  {
    path: '',
    providers: [provideState(settingsFeature), provideEffects(settingsEffects), provideTranslocoScope('settings')],
    children: [
      {
        path: '',
        title: 'nav.settings',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./settings-page/settings-page').then((m) => m.SettingsPage),
      },
    ],
  },
];
