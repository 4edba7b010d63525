import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';

/** Production: no store devtools in the bundle. */
export function provideDevtools(): EnvironmentProviders {
  return makeEnvironmentProviders([]);
}
