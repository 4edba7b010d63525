import { type Provider, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { GRID_OWNER } from '../../shared/ui/infinite-grid/grid-column-prefs';
import { selectUser } from './auth.feature';

/** Grids remember their columns per signed-in user. */
export function provideGridOwner(): Provider {
  return {
    provide: GRID_OWNER,
    useFactory: () => {
      const user = inject(Store).selectSignal(selectUser);
      return computed(() => user()?.id ?? null);
    },
  };
}
