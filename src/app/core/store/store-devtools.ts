import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideStoreDevtools } from '@ngrx/store-devtools';

/** Development build only: production replaces this file (angular.json fileReplacements). */
export function provideDevtools(): EnvironmentProviders {
  return makeEnvironmentProviders([provideStoreDevtools({ maxAge: 50, trace: false })]);
}
