import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { roleGuard } from '../../core/auth/auth.guards';
import { unsavedChangesGuard } from '../../core/forms/unsaved-changes.guard';
import { rolesThatMay } from '@contract/rules';
import { customersEffects, customersFeature } from './data-access';

const writers = { roles: rolesThatMay('customers', 'write') };

export const customersRoutes: Routes = [
  {
    path: '',
    providers: [
      provideState(customersFeature),
      provideEffects(customersEffects),
      provideTranslocoScope({ scope: 'settings/custom-fields', alias: 'customFields' }),
    ],
    children: [
      {
        path: '',
        title: 'customers.list.title',
        loadComponent: () => import('./customer-list-page/customer-list-page').then((m) => m.CustomerListPage),
      },
      {
        path: 'new',
        title: 'customers.form.newTitle',
        canActivate: [roleGuard],
        canDeactivate: [unsavedChangesGuard],
        data: writers,
        loadComponent: () => import('./customer-form-page/customer-form-page').then((m) => m.CustomerFormPage),
      },
      {
        path: ':id',
        title: 'customers.detail.title',
        loadComponent: () => import('./customer-detail-page/customer-detail-page').then((m) => m.CustomerDetailPage),
      },
      {
        path: ':id/edit',
        title: 'customers.form.editTitle',
        canActivate: [roleGuard],
        canDeactivate: [unsavedChangesGuard],
        data: writers,
        loadComponent: () => import('./customer-form-page/customer-form-page').then((m) => m.CustomerFormPage),
      },
    ],
  },
];
