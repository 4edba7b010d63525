import { Injectable } from '@angular/core';
import type { LiveEvent, LiveEventType } from '@contract';
import { Observable } from 'rxjs';

const EVENT_TYPES: readonly LiveEventType[] = [
  'reserve.raised',
  'reserve.updated',
  'job.returned',
  'job.status_changed',
  'job.updated',
  'customer.updated',
];

/** Factory seam so tests can hand in a fake EventSource. */
export type EventSourceFactory = (url: string) => EventSource;

/**
 * `/api/events` as an Observable. The browser reconnects by itself and re-sends Last-Event-ID, so
 * missed events are replayed by the server. When we open a new connection ourselves (after the
 * browser gave up), `?lastEventId=` does the same. Unsubscribing closes the connection.
 */
@Injectable({ providedIn: 'root' })
export class LiveEventsSource {
  createEventSource: EventSourceFactory = (url) => new EventSource(url, { withCredentials: true });
  private lastEventId: number | null = null;

  /** A new session starts from the live edge, not from the previous user's position. */
  forget(): void {
    this.lastEventId = null;
  }

  connect(): Observable<LiveEvent> {
    return new Observable<LiveEvent>((subscriber) => {
      const url = this.lastEventId === null ? '/api/events' : `/api/events?lastEventId=${this.lastEventId}`;
      const source = this.createEventSource(url);
      const onMessage = (message: Event) => {
        const event = parseLiveEvent((message as MessageEvent<string>).data);
        if (!event) return;
        this.lastEventId = event.id;
        subscriber.next(event);
      };
      for (const type of EVENT_TYPES) source.addEventListener(type, onMessage);
      // CLOSED means the browser gave up (e.g. 401): let the caller decide when to try again.
      source.onerror = () => {
        if (source.readyState === EventSource.CLOSED) subscriber.error(new Error('live events closed'));
      };
      return () => {
        for (const type of EVENT_TYPES) source.removeEventListener(type, onMessage);
        source.close();
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
