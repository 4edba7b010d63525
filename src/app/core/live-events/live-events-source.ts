import { Injectable, signal } from '@angular/core';
import { liveEventTypes } from '@contract/rules';
import type { LiveEvent, LiveEventType } from '@contract';
import { Observable } from 'rxjs';
import { reconnectDelay } from './reconnect-backoff';

const EVENT_TYPES: readonly LiveEventType[] = liveEventTypes;

/** What the stream yields: an event, or `reset` when the server could not replay what was missed. */
export type LiveStreamMessage = { kind: 'event'; event: LiveEvent } | { kind: 'reset' };

/** idle: not listening; open: connected; reconnecting: cut off, trying again with backoff. */
export type LiveConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting';

/** Factory seams so tests can hand in a fake EventSource and a fake clock. */
export type EventSourceFactory = (url: string) => EventSource;
export type Scheduler = (run: () => void, ms: number) => () => void;

/**
 * `/api/events` as an Observable that never gives up while subscribed. On any error we close the
 * EventSource and open a new one ourselves (exponential backoff with jitter: the browser's own retry
 * has a fixed delay and stops for good on an HTTP error), passing `?lastEventId=` so the server
 * replays what was missed. Unsubscribing closes the connection.
 */
@Injectable({ providedIn: 'root' })
export class LiveEventsSource {
  createEventSource: EventSourceFactory = (url) => new EventSource(url, { withCredentials: true });
  schedule: Scheduler = (run, ms) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  };
  random: () => number = Math.random;

  readonly status = signal<LiveConnectionStatus>('idle');
  private lastEventId: number | null = null;

  /** A new session starts from the live edge, not from the previous user's position. */
  forget(): void {
    this.lastEventId = null;
  }

  connect(): Observable<LiveStreamMessage> {
    return new Observable<LiveStreamMessage>((subscriber) => {
      let source: EventSource | null = null;
      let cancelRetry: (() => void) | null = null;
      let attempt = 0;

      const onMessage = (message: Event) => {
        const event = parseLiveEvent((message as MessageEvent<string>).data);
        if (!event) return;
        this.lastEventId = event.id;
        subscriber.next({ kind: 'event', event });
      };
      const onReset = (message: Event) => {
        const id = parseResetId((message as MessageEvent<string>).data);
        if (id !== null) this.lastEventId = id;
        subscriber.next({ kind: 'reset' });
      };
      const close = () => {
        if (!source) return;
        for (const type of EVENT_TYPES) source.removeEventListener(type, onMessage);
        source.removeEventListener('reset', onReset);
        source.onopen = null;
        source.onerror = null;
        source.close();
        source = null;
      };
      const open = () => {
        cancelRetry = null;
        const url = this.lastEventId === null ? '/api/events' : `/api/events?lastEventId=${this.lastEventId}`;
        const current = this.createEventSource(url);
        source = current;
        for (const type of EVENT_TYPES) current.addEventListener(type, onMessage);
        current.addEventListener('reset', onReset);
        current.onopen = () => {
          attempt = 0;
          this.status.set('open');
        };
        current.onerror = () => {
          close();
          this.status.set('reconnecting');
          cancelRetry = this.schedule(open, reconnectDelay(attempt++, this.random));
        };
      };

      this.status.set('connecting');
      open();
      return () => {
        cancelRetry?.();
        close();
        this.status.set('idle');
      };
    });
  }
}

export function parseLiveEvent(data: string): LiveEvent | null {
  try {
    const event = JSON.parse(data) as Partial<LiveEvent>;
    if (typeof event.id !== 'number' || typeof event.type !== 'string' || !EVENT_TYPES.includes(event.type)) {
      return null;
    }
    return {
      id: event.id,
      type: event.type,
      payload: typeof event.payload === 'object' && event.payload !== null ? event.payload : {},
      createdAt: typeof event.createdAt === 'string' ? event.createdAt : new Date().toISOString(),
    };
  } catch {
    return null;
  }
}

function parseResetId(data: string): number | null {
  try {
    const { id } = JSON.parse(data) as { id?: unknown };
    return typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}
