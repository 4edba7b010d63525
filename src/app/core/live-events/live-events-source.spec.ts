import { LiveEventsSource, parseLiveEvent } from './live-events-source';

class FakeEventSource {
  static last: FakeEventSource;
  readonly listeners = new Map<string, (event: Event) => void>();
  readyState = 1;
  closed = false;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
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

describe('LiveEventsSource', () => {
  let source: LiveEventsSource;

  beforeEach(() => {
    source = new LiveEventsSource();
    source.createEventSource = (url) => new FakeEventSource(url) as unknown as EventSource;
  });

  it('emits typed events and closes the connection on unsubscribe', () => {
    const received: number[] = [];
    const subscription = source.connect().subscribe((event) => received.push(event.id));
    const fake = FakeEventSource.last;
    expect(fake.url).toBe('/api/events');
    fake.emit('reserve.raised', { id: 4, type: 'reserve.raised', payload: {}, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(received).toEqual([4]);
    subscription.unsubscribe();
    expect(fake.closed).toBeTrue();
  });

  it('resumes after the last event it saw when it opens a new connection', () => {
    source.connect().subscribe().unsubscribe();
    const subscription = source.connect().subscribe();
    FakeEventSource.last.emit('job.returned', { id: 41, type: 'job.returned', payload: {}, createdAt: '2026-01-01T00:00:00.000Z' });
    subscription.unsubscribe();
    source.connect().subscribe().unsubscribe();
    expect(FakeEventSource.last.url).toBe('/api/events?lastEventId=41');
    source.forget();
    source.connect().subscribe().unsubscribe();
    expect(FakeEventSource.last.url).toBe('/api/events');
  });

  it('drops malformed messages', () => {
    expect(parseLiveEvent('not json')).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ id: 'x', type: 'reserve.raised' }))).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ id: 1, type: 'unknown.type' }))).toBeNull();
  });
});
