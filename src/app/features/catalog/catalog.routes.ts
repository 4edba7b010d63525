import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { catalogEffects, catalogFeature } from './data-access';

export const catalogRoutes: Routes = [
  {
    path: '',
    title: 'nav.catalog',
    providers: [provideState(catalogFeature), provideEffects(catalogEffects), provideTranslocoScope('catalog')],
    loadComponent: () => import('./catalog-page/catalog-page').then((m) => m.CatalogPage),
  },
];
