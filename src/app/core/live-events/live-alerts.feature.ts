import type { LiveEvent } from '@contract';
import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { AuthApiActions, ApiInterceptorActions } from '../auth/auth.actions';
import { AlertsMenuActions, LiveEventsActions } from './live-events.actions';

/** What the bell lists: a raised reserve or a job returned for review. */
export interface LiveAlert {
  id: number;
  kind: 'reserve.raised' | 'job.returned';
  jobNumber: string;
  link: string;
  /** The reserve's field label or the job's customer. */
  subject: string;
  description: string;
  createdAt: string;
  read: boolean;
}

export type LiveAlertsState = EntityState<LiveAlert>;

const MAX_ALERTS = 50;
const adapter = createEntityAdapter<LiveAlert>({ sortComparer: (a, b) => b.id - a.id });

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

type AlertKind = LiveAlert['kind'];
type Payload = LiveEvent['payload'];

/** What differs between the kinds of alert: where it leads and what it says. */
const alertDetails: Record<AlertKind, (p: Payload) => Pick<LiveAlert, 'link' | 'subject' | 'description'>> = {
  'reserve.raised': (p) => ({
    link: `/reserves/${encodeURIComponent(text(p['reserveId']))}`,
    subject: text(p['fieldLabel']),
    description: text(p['description']),
  }),
  'job.returned': (p) => ({
    link: `/review/${encodeURIComponent(text(p['jobNumber']))}`,
    subject: text(p['customerName']),
    description: '',
  }),
};

const isAlertKind = (type: string): type is AlertKind => Object.hasOwn(alertDetails, type);

/** The alert an event raises, or null for events the bell does not show. */
export function toLiveAlert(event: LiveEvent): LiveAlert | null {
  if (!isAlertKind(event.type)) return null;
  const p = event.payload;
  return {
    id: event.id,
    kind: event.type,
    jobNumber: text(p['jobNumber']),
    ...alertDetails[event.type](p),
    createdAt: event.createdAt,
    read: false,
  };
}

export const liveAlertsFeature = createFeature({
  name: 'liveAlerts',
  reducer: createReducer<LiveAlertsState>(
    adapter.getInitialState(),
    on(LiveEventsActions.received, (state, { event }) => {
      const alert = toLiveAlert(event);
      // A replayed event (same id after a reconnect) must not count twice.
      if (!alert || state.entities[alert.id]) return state;
      const next = adapter.addOne(alert, state);
      const overflow = (next.ids as number[]).slice(MAX_ALERTS);
      return overflow.length ? adapter.removeMany(overflow, next) : next;
    }),
    on(AlertsMenuActions.opened, (state) =>
      adapter.map((alert) => (alert.read ? alert : { ...alert, read: true }), state),
    ),
    on(AuthApiActions.signedOut, ApiInterceptorActions.sessionExpired, (state) => adapter.removeAll(state)),
  ),
  extraSelectors: ({ selectLiveAlertsState }) => {
    const { selectAll } = adapter.getSelectors(selectLiveAlertsState);
    return {
      selectAlerts: selectAll,
      selectUnreadCount: createSelector(selectAll, (alerts) => alerts.filter((a) => !a.read).length),
    };
  },
});

export const { selectAlerts, selectUnreadCount } = liveAlertsFeature;
