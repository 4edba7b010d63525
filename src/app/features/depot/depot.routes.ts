import type { EnvironmentProviders, Provider } from '@angular/core';
import type { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { depotEffects, depotFeature, stockShortfallsEffects, stockShortfallsFeature } from './data-access';

/**
 * Each of the feature's addresses loads the same state, effects and translations (`depot` scope);
 * NgRx registers a feature and its effects once however many routes provide them.
 */
function depotProviders(): (Provider | EnvironmentProviders)[] {
  return [provideState(depotFeature), provideEffects(depotEffects), provideTranslocoScope('depot')];
}

/** `/depots` and `/depots/:id`. */
export const depotsRoutes: Routes = [
  {
    path: '',
    providers: depotProviders(),
    children: [
      {
        path: '',
        title: 'nav.depots',
        loadComponent: () => import('./depot-list-page/depot-list-page').then((m) => m.DepotListPage),
      },
      {
        path: ':id',
        title: 'pages.depot',
        loadComponent: () => import('./depot-page/depot-page').then((m) => m.DepotPage),
      },
    ],
  },
];

/** `/repairs`. */
export const repairsRoutes: Routes = [
  {
    path: '',
    title: 'pages.repairs',
    providers: depotProviders(),
    loadComponent: () => import('./repair-queue-page/repair-queue-page').then((m) => m.RepairQueuePage),
  },
];

/** `/serials/:serial`; `/serials` alone (typed, or a serial erased from the address) is the repair queue, the list of units. */
export const serialsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: '/repairs' },
  {
    path: ':serial',
    title: 'pages.serial',
    providers: depotProviders(),
    loadComponent: () => import('./serial-page/serial-page').then((m) => m.SerialPage),
  },
];

/** `/stock-shortfalls`: the period's stock shortfalls and their settlement (issue 14). */
export const stockShortfallsRoutes: Routes = [
  {
    path: '',
    title: 'pages.stockShortfalls',
    providers: [...depotProviders(), provideState(stockShortfallsFeature), provideEffects(stockShortfallsEffects)],
    loadComponent: () => import('./stock-shortfalls-page/stock-shortfalls-page').then((m) => m.StockShortfallsPage),
  },
];
