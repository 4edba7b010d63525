import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { auditEffects, auditFeature } from './data-access';

/** /audit (administrators). */
export const auditRoutes: Routes = [
  {
    path: '',
    providers: [provideState(auditFeature), provideEffects(auditEffects), provideTranslocoScope('audit')],
    loadComponent: () => import('./audit-list-page/audit-list-page').then((m) => m.AuditListPage),
  },
];
