import type { LiveEvent } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

/** Every server event arrives here; features may listen to `received` for their own types. */
export const LiveEventsActions = createActionGroup({
  source: 'Live Events',
  events: {
    received: props<{ event: LiveEvent }>(),
    /** The server could not replay everything missed (past the 7-day window): lists should reload. */
    resynced: emptyProps(),
  },
});

export const AlertsMenuActions = createActionGroup({
  source: 'Alerts Menu',
  events: {
    opened: emptyProps(),
  },
});
