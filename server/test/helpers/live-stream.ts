import type { LiveEvent } from '@contract';
import type { Credentials } from './test-app';

export interface Received {
  events: LiveEvent[];
  raw: string;
  status: number;
  headers: Headers;
  close(): void;
}

/** Opens GET /api/events with fetch (inject cannot stream) and collects what arrives. */
export async function connect(root: string, who: Credentials, lastEventId?: number, path = '/api/events'): Promise<Received> {
  const controller = new AbortController();
  const res = await fetch(`${root}${path}`, {
    headers: { cookie: who.headers.cookie!, ...(lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) }) },
    signal: controller.signal,
  });
  const received: Received = { events: [], raw: '', status: res.status, headers: res.headers, close: () => controller.abort() };
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received.raw += decoder.decode(value, { stream: true });
        const blocks = received.raw.split('\n\n');
        received.events = blocks.flatMap((block) => {
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          return data ? [JSON.parse(data.slice(6)) as LiveEvent] : [];
        });
      }
    } catch {
      // aborted by the test
    }
  })();
  // Let the stream register and prime before the test publishes.
  await new Promise((r) => setTimeout(r, 150));
  return received;
}

export async function until(check: () => boolean, what: string, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

