import type { LiveEvent } from '@contract';
import { AuthApiActions } from '../auth/auth.actions';
import { liveAlertsFeature, selectUnreadCount } from './live-alerts.feature';
import { AlertsMenuActions, LiveEventsActions } from './live-events.actions';

const reserveRaised = (id: number): LiveEvent => ({
  id,
  type: 'reserve.raised',
  payload: { reserveId: `r-${id}`, jobId: 'j-1', jobNumber: 'J-000123', fieldLabel: 'Leak found?', description: 'Dripping' },
  createdAt: '2026-03-10T12:00:00.000Z',
});

describe('live alerts', () => {
  const reducer = liveAlertsFeature.reducer;
  const initial = reducer(undefined, { type: 'init' });

  it('adds an alert for a raised reserve, linking to it', () => {
    const state = reducer(initial, LiveEventsActions.received({ event: reserveRaised(7) }));
    expect(state.entities[7]).toEqual(
      jasmine.objectContaining({ jobNumber: 'J-000123', subject: 'Leak found?', link: '/reserves/r-7', read: false }),
    );
  });

  it('adds an alert for a returned job, linking to its review', () => {
    const event: LiveEvent = {
      id: 8,
      type: 'job.returned',
      payload: { jobId: 'j-2', jobNumber: 'J-000200', customerName: 'Boulangerie Martin' },
      createdAt: '2026-03-10T12:00:00.000Z',
    };
    expect(reducer(initial, LiveEventsActions.received({ event })).entities[8]?.link).toBe('/review/J-000200');
  });

  it('ignores other events and replays of one already shown', () => {
    let state = reducer(initial, LiveEventsActions.received({ event: reserveRaised(7) }));
    state = reducer(state, LiveEventsActions.received({ event: reserveRaised(7) }));
    state = reducer(state, LiveEventsActions.received({ event: { ...reserveRaised(9), type: 'job.updated' } }));
    expect(state.ids).toEqual([7]);
  });

  it('counts unread alerts until the menu is opened', () => {
    let state = reducer(initial, LiveEventsActions.received({ event: reserveRaised(1) }));
    state = reducer(state, LiveEventsActions.received({ event: reserveRaised(2) }));
    const all = Object.values(state.entities).filter((a) => !!a);
    expect(selectUnreadCount.projector(all)).toBe(2);
    state = reducer(state, AlertsMenuActions.opened());
    expect(selectUnreadCount.projector(Object.values(state.entities).filter((a) => !!a))).toBe(0);
  });

  it('lists the newest first and forgets everything on sign-out', () => {
    let state = reducer(initial, LiveEventsActions.received({ event: reserveRaised(1) }));
    state = reducer(state, LiveEventsActions.received({ event: reserveRaised(5) }));
    expect(state.ids).toEqual([5, 1]);
    expect(reducer(state, AuthApiActions.signedOut()).ids).toEqual([]);
  });
});
