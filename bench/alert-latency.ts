import http from 'node:http';
import { fieldFixture, aFieldJob, fieldRequest } from '../server/testing/field';
import { createTestApp, createUser, signIn } from '../server/testing/test-app';

/**
 * Live alert latency: `npx tsx bench/alert-latency.ts [clients] [reserves]` (default 1,000 and 20;
 * SQLite temp database, or PostgreSQL when DATABASE_URL is set). Opens `clients` SSE streams on
 * GET /api/events with one supervisor session, raises `reserves` reserves through the technician
 * API one after the other, and measures from the moment each POST is answered to the moment each
 * stream receives its `reserve.raised` (0 when the event beat the answer). Prints p50/p95/max and
 * how many of clients × reserves arrived. Asserts nothing about time.
 */
const CLIENTS = Number(process.argv[2] ?? 1000);
const RESERVES = Number(process.argv[3] ?? 20);

interface Stream {
  received: Map<string, number>;
  request: http.ClientRequest;
}

function openStream(port: number, cookie: string, agent: http.Agent, onOpen: () => void): Stream {
  const stream: Stream = { received: new Map(), request: null as unknown as http.ClientRequest };
  let buffer = '';
  stream.request = http.get({ host: '127.0.0.1', port, path: '/api/events', headers: { cookie }, agent }, (res) => {
    if (res.statusCode !== 200) throw new Error(`GET /api/events → ${res.statusCode}`);
    res.setEncoding('utf8');
    let opened = false;
    res.on('data', (chunk: string) => {
      const at = performance.now();
      if (!opened) {
        opened = true;
        onOpen();
      }
      buffer += chunk;
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        if (!block.includes('event: reserve.raised')) continue;
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (data) stream.received.set(String(JSON.parse(data.slice(6)).payload.reserveId), at);
      }
    });
  });
  stream.request.on('error', () => undefined);
  return stream;
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function main() {
  const t = await createTestApp({ live: {} });
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const base = `http://127.0.0.1:${port}`;
    const supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
    const fx = await fieldFixture(t);
    const job = await aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });

    const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
    let open = 0;
    const streams: Stream[] = [];
    for (let i = 0; i < CLIENTS; i++) streams.push(openStream(port, supervisor.headers.cookie!, agent, () => open++));
    const deadline = Date.now() + 60_000;
    while ((open < CLIENTS || t.app.liveEvents.size < CLIENTS) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    console.log(`${t.handle.kind}: ${open} streams open`);
    await new Promise((r) => setTimeout(r, 500)); // every stream primed

    const acknowledged = new Map<string, number>();
    for (let i = 0; i < RESERVES; i++) {
      const request = fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/reserves`, {
        fieldId: 'leak',
        status: 'unresolved',
        description: `Bench reserve ${i}`,
      });
      const res = await fetch(`${base}${request.url}`, {
        method: 'POST',
        headers: { ...(request.headers as Record<string, string>), 'content-type': 'application/json' },
        body: JSON.stringify(request.payload),
      });
      const body = (await res.json()) as { reserve?: { id: string } };
      if (res.status !== 201 || !body.reserve) throw new Error(`raise → ${res.status} ${JSON.stringify(body)}`);
      acknowledged.set(body.reserve.id, performance.now());
      await new Promise((r) => setTimeout(r, 200));
    }

    const expected = CLIENTS * RESERVES;
    const count = () => streams.reduce((sum, s) => sum + [...acknowledged.keys()].filter((id) => s.received.has(id)).length, 0);
    const waitUntil = Date.now() + 15_000;
    while (count() < expected && Date.now() < waitUntil) await new Promise((r) => setTimeout(r, 100));

    const latencies: number[] = [];
    for (const stream of streams) {
      for (const [id, ackAt] of acknowledged) {
        const receivedAt = stream.received.get(id);
        if (receivedAt !== undefined) latencies.push(Math.max(0, receivedAt - ackAt));
      }
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `alert latency, ${CLIENTS} clients × ${RESERVES} reserves: received ${latencies.length}/${expected}` +
        `   p50 ${at(latencies, 0.5).toFixed(1)} ms   p95 ${at(latencies, 0.95).toFixed(1)} ms   max ${at(latencies, 1).toFixed(1)} ms`,
    );
    for (const stream of streams) stream.request.destroy();
    agent.destroy();
  } finally {
    await t.close();
  }
}

await main();
