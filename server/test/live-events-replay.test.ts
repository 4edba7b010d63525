import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LiveEventHub, REPLAY_LIMIT, REPLAY_WINDOW_MS } from '../src/plugins/events/hub';
import { pruneExpired } from '../src/plugins/housekeeping';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;

before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const DAY = 24 * 3_600_000;

async function addEvent(n: number, ageMs = 0): Promise<number> {
  await t.db
    .insertInto('outboxEvents')
    .values({
      type: 'customer.updated',
      payload: JSON.stringify({ n }),
      audience: '[]',
      createdAt: new Date(Date.now() - ageMs).toISOString(),
    })
    .execute();
  const row = await t.db.selectFrom('outboxEvents').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Primes a stream on a hub of its own (no timers left behind) and returns what it was sent. */
async function replay(lastEventId: number, replayLimit?: number): Promise<{ ids: number[]; reset: boolean; text: string }> {
  const hub = new LiveEventHub(t.db, { pollMs: 60_000, heartbeatMs: 60_000, replayLimit, onError: (e) => assert.fail(String(e)) });
  let text = '';
  const stream = hub.attach({ write: (chunk) => void (text += chunk), end: () => {} }, 'dispatcher', async () => true);
  try {
    await hub.prime(stream, lastEventId);
  } finally {
    await hub.closeAll();
  }
  const ids = [...text.matchAll(/^id: (\d+)\nevent: customer\.updated/gm)].map((m) => Number(m[1]));
  return { ids, reset: /^event: reset$/m.test(text), text };
}

test('the replay window is seven days and holds a busy week', () => {
  assert.equal(REPLAY_WINDOW_MS, 7 * DAY);
  assert.ok(REPLAY_LIMIT >= 7_000);
});

test('events missed within the window are replayed in order, without a reset', async () => {
  const seen = await addEvent(1, 6 * DAY);
  const a = await addEvent(2, 5 * DAY);
  const b = await addEvent(3, 1000);
  const result = await replay(seen);
  assert.deepEqual(result.ids, [a, b]);
  assert.equal(result.reset, false);
});

test('a client whose missed events start before the window is told to reload', async () => {
  const seen = await addEvent(10, 9 * DAY);
  await addEvent(11, 8 * DAY);
  const latest = await addEvent(12);
  const result = await replay(seen);
  assert.equal(result.reset, true);
  assert.deepEqual(result.ids, [], 'a partial replay would look complete: send nothing but the reset');
  assert.match(result.text, new RegExp(`id: ${latest}\\nevent: reset\\ndata: \\{"id":${latest}\\}`), 'the reset moves Last-Event-ID to now');
});

test('more missed events than the replay limit: a reset, not a truncated replay', async () => {
  const seen = await addEvent(20);
  await addEvent(21);
  await addEvent(22);
  await addEvent(23);
  assert.equal((await replay(seen, 3)).ids.length, 3);
  const over = await replay(seen, 2);
  assert.equal(over.reset, true);
  assert.deepEqual(over.ids, []);
});

test('housekeeping removes outbox rows past the window; a client that missed them is told to reload', async () => {
  // Ids follow time in real life (earlier tests back-dated rows out of order): start from an empty outbox.
  await t.db.deleteFrom('outboxEvents').execute();
  const seen = await addEvent(30, 8 * DAY);
  const pruned = await addEvent(31, 8 * DAY);
  await addEvent(32);
  await pruneExpired(t.db, { idleMinutes: 60, absoluteHours: 12 });
  const left = await t.db.selectFrom('outboxEvents').select('id').where('id', '=', pruned).execute();
  assert.equal(left.length, 0);
  assert.equal((await replay(seen)).reset, true);
});

test('a Last-Event-ID ahead of the outbox (e.g. a restored database) also resets', async () => {
  const latest = await addEvent(40);
  const result = await replay(latest + 1000);
  assert.equal(result.reset, true);
  assert.deepEqual((await replay(latest)).ids, [], 'up to date: nothing to replay, no reset');
  assert.equal((await replay(latest)).reset, false);
});
