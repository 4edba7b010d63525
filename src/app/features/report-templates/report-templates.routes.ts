import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { unsavedChangesGuard } from '../../core/forms/unsaved-changes.guard';
import { reportTemplatesEffects, reportTemplatesFeature, templateDesignerFeature } from './data-access';

export const reportTemplatesRoutes: Routes = [
  {
    path: '',
    providers: [provideState(reportTemplatesFeature), provideState(templateDesignerFeature), provideEffects(reportTemplatesEffects)],
    children: [
      {
        path: '',
        title: 'nav.reportTemplates',
        loadComponent: () => import('./template-list-page/template-list-page').then((m) => m.TemplateListPage),
      },
      {
        path: ':id',
        title: 'pages.reportTemplate',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./template-designer-page/template-designer-page').then((m) => m.TemplateDesignerPage),
      },
    ],
  },
];
