import { type EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideStore } from '@ngrx/store';
import * as authEffects from '../auth/auth.effects';
import { authFeature } from '../auth/auth.feature';
import { liveAlertsFeature } from '../live-events/live-alerts.feature';
import * as liveEventsEffects from '../live-events/live-events.effects';
import * as preferencesEffects from '../preferences/preferences.effects';
import { preferencesFeature } from '../preferences/preferences.feature';
import { provideDevtools } from './store-devtools';

/** Root store: session, preferences, live alerts and the router; features add theirs lazily. */
export function provideRootStore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideStore(
      {
        router: routerReducer,
        [authFeature.name]: authFeature.reducer,
        [preferencesFeature.name]: preferencesFeature.reducer,
        [liveAlertsFeature.name]: liveAlertsFeature.reducer,
      },
      {
        runtimeChecks: {
          strictStateImmutability: true,
          strictActionImmutability: true,
          strictStateSerializability: true,
          strictActionSerializability: true,
          strictActionTypeUniqueness: true,
          // Zoneless: there is no NgZone to be inside of.
          strictActionWithinNgZone: false,
        },
      },
    ),
    provideRouterStore(),
    provideEffects(authEffects, preferencesEffects, liveEventsEffects),
    provideDevtools(),
  ]);
}
