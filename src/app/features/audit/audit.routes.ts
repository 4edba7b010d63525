import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /audit (administrators). */
export const auditRoutes: Routes = [
  { path: '', providers: [provideTranslocoScope('audit')], loadComponent: () => import('./audit-list-page/audit-list-page').then((m) => m.AuditListPage) },
];
