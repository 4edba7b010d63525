import { LiveEventsSource, parseLiveEvent, type LiveStreamMessage } from './live-events-source';
import { RECONNECT_MAX_MS, reconnectDelay } from './reconnect-backoff';

class FakeEventSource {
  static last: FakeEventSource;
  static all: FakeEventSource[] = [];
  readonly listeners = new Map<string, (event: Event) => void>();
  readyState = 0;
  closed = false;
  onerror: (() => void) | null = null;
  onopen: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
    FakeEventSource.all.push(this);
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, listener);
  }
  removeEventListener(type: string) {
    this.listeners.delete(type);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    this.listeners.get(type)?.(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

const event = (id: number, type = 'reserve.raised') => ({ id, type, payload: {}, createdAt: '2026-01-01T00:00:00.000Z' });
const ids = (messages: LiveStreamMessage[]) => messages.map((m) => (m.kind === 'event' ? m.event.id : m.kind));

describe('LiveEventsSource', () => {
  let source: LiveEventsSource;
  let scheduled: { run: () => void; ms: number; cancelled: boolean }[];

  beforeEach(() => {
    FakeEventSource.all = [];
    scheduled = [];
    source = new LiveEventsSource();
    source.createEventSource = (url) => new FakeEventSource(url) as unknown as EventSource;
    source.random = () => 0.5;
    source.schedule = (run, ms) => {
      const entry = { run, ms, cancelled: false };
      scheduled.push(entry);
      return () => (entry.cancelled = true);
    };
  });

  it('emits typed events and closes the connection on unsubscribe', () => {
    const received: LiveStreamMessage[] = [];
    const subscription = source.connect().subscribe((m) => received.push(m));
    const fake = FakeEventSource.last;
    expect(fake.url).toBe('/api/events');
    fake.emit('reserve.raised', event(4));
    expect(ids(received)).toEqual([4]);
    subscription.unsubscribe();
    expect(fake.closed).toBeTrue();
    expect(source.status()).toBe('idle');
  });

  it('resumes after the last event it saw when it opens a new connection', () => {
    source.connect().subscribe().unsubscribe();
    const subscription = source.connect().subscribe();
    FakeEventSource.last.emit('job.returned', event(41, 'job.returned'));
    subscription.unsubscribe();
    source.connect().subscribe().unsubscribe();
    expect(FakeEventSource.last.url).toBe('/api/events?lastEventId=41');
    source.forget();
    source.connect().subscribe().unsubscribe();
    expect(FakeEventSource.last.url).toBe('/api/events');
  });

  it('shows "reconnecting" while cut off, retries with growing delays, and replays from the last id', () => {
    const received: LiveStreamMessage[] = [];
    const subscription = source.connect().subscribe((m) => received.push(m));
    const first = FakeEventSource.last;
    first.onopen?.();
    expect(source.status()).toBe('open');
    first.emit('reserve.raised', event(7));

    first.onerror?.();
    expect(first.closed).toBeTrue();
    expect(source.status()).toBe('reconnecting');
    expect(scheduled.map((s) => s.ms)).toEqual([750]);
    scheduled[0]!.run();
    expect(FakeEventSource.last.url).toBe('/api/events?lastEventId=7');

    FakeEventSource.last.onerror?.();
    scheduled[1]!.run();
    FakeEventSource.last.onerror?.();
    expect(scheduled.map((s) => s.ms)).toEqual([750, 1500, 3000]);
    expect(source.status()).toBe('reconnecting');

    scheduled[2]!.run();
    FakeEventSource.last.onopen?.();
    expect(source.status()).toBe('open');
    FakeEventSource.last.emit('reserve.raised', event(8));
    expect(ids(received)).toEqual([7, 8]);

    FakeEventSource.last.onerror?.();
    expect(scheduled[3]!.ms).toBe(750);
    subscription.unsubscribe();
    expect(scheduled[3]!.cancelled).toBeTrue();
    expect(FakeEventSource.all.length).toBe(4);
  });

  it('passes on a reset and resumes from the id the server gave with it', () => {
    const received: LiveStreamMessage[] = [];
    const subscription = source.connect().subscribe((m) => received.push(m));
    FakeEventSource.last.emit('reset', { id: 90 });
    expect(ids(received)).toEqual(['reset']);
    FakeEventSource.last.onerror?.();
    scheduled[0]!.run();
    expect(FakeEventSource.last.url).toBe('/api/events?lastEventId=90');
    subscription.unsubscribe();
  });

  it('drops malformed messages', () => {
    expect(parseLiveEvent('not json')).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ id: 'x', type: 'reserve.raised' }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ id: 1, type: 'unknown.type' }))).toBeNull();
  });
});

describe('reconnectDelay', () => {
  it('doubles from about a second, is capped, and is jittered', () => {
    const low = [0, 1, 2, 3, 4, 5, 6, 10].map((n) => reconnectDelay(n, () => 0));
    const high = [0, 1, 2, 3, 4, 5, 6, 10].map((n) => reconnectDelay(n, () => 1));
    expect(low).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
    expect(high).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
    expect(reconnectDelay(50, Math.random)).toBeLessThanOrEqual(RECONNECT_MAX_MS);
  });
});
