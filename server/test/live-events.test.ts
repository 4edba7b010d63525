import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApp } from '../src/app';
import { createDb, type DbHandle } from '../src/db/create-db';
import { inUnitOfWork } from '../src/plugins/unit-of-work';
import { connect, until } from './helpers/live-stream';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let base: string;
let dispatcher: Credentials;
let supervisor: Credentials;

before(async () => {
  t = await createTestApp({ live: { pollMs: 50, heartbeatMs: 200 } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
});
after(() => t.close());

const emit = (db: DbHandle['db'], payload: Record<string, unknown>, audience?: ('admin' | 'dispatcher' | 'supervisor')[]) =>
  inUnitOfWork(db, async (uow) => uow.publish('customer.updated', payload, audience));

test('an event published in a transaction reaches a connected stream (id, event, data)', async () => {
  const stream = await connect(base, dispatcher);
  try {
    assert.equal(stream.status, 200);
    assert.match(String(stream.headers.get('content-type')), /text\/event-stream/);
    assert.match(String(stream.headers.get('content-security-policy')), /default-src 'self'/);
    await emit(t.db, { customerId: 'c-1' });
    await until(() => stream.events.length === 1, 'the event');
    const [event] = stream.events;
    assert.equal(event!.type, 'customer.updated');
    assert.deepEqual(event!.payload, { customerId: 'c-1' });
    assert.ok(event!.id > 0);
    assert.match(event!.createdAt, /Z$/);
    assert.match(stream.raw, new RegExp(`id: ${event!.id}\\nevent: customer.updated\\ndata: `));
  } finally {
    stream.close();
  }
});

test('every connected client receives the event', async () => {
  const one = await connect(base, dispatcher);
  const two = await connect(base, dispatcher);
  try {
    await emit(t.db, { both: true });
    await until(() => one.events.length === 1 && two.events.length === 1, 'both clients');
    assert.equal(one.events[0]!.id, two.events[0]!.id);
  } finally {
    one.close();
    two.close();
  }
});

test('a rolled-back transaction announces nothing', async () => {
  const stream = await connect(base, dispatcher);
  try {
    await assert.rejects(
      inUnitOfWork(t.db, async (uow) => {
        uow.publish('customer.updated', { customerId: 'ghost' });
        throw new Error('rollback');
      }),
    );
    await emit(t.db, { customerId: 'real' });
    await until(() => stream.events.length >= 1, 'the committed event');
    await new Promise((r) => setTimeout(r, 150));
    assert.deepEqual(stream.events.map((e) => e.payload.customerId), ['real']);
  } finally {
    stream.close();
  }
});

test('Last-Event-ID replays the events missed while disconnected, then goes on live', async () => {
  const first = await connect(base, dispatcher);
  await emit(t.db, { n: 1 });
  await until(() => first.events.length === 1, 'event 1');
  const lastSeen = first.events[0]!.id;
  first.close();

  await emit(t.db, { n: 2 });
  await emit(t.db, { n: 3 });
  const resumed = await connect(base, dispatcher, lastSeen);
  try {
    await until(() => resumed.events.length === 2, 'the two missed events');
    assert.deepEqual(resumed.events.map((e) => e.payload.n), [2, 3]);
    await emit(t.db, { n: 4 });
    await until(() => resumed.events.length === 3, 'the live event');
    assert.deepEqual(resumed.events.map((e) => e.payload.n), [2, 3, 4], 'no duplicate, nothing lost');
  } finally {
    resumed.close();
  }
});

test('?lastEventId= replays like the header (for a connection the console reopens itself)', async () => {
  const first = await connect(base, dispatcher);
  await emit(t.db, { q: 1 });
  await until(() => first.events.length === 1, 'event 1');
  first.close();
  await emit(t.db, { q: 2 });
  const resumed = await connect(base, dispatcher, undefined, `/api/events?lastEventId=${first.events[0]!.id}`);
  try {
    await until(() => resumed.events.length === 1, 'the missed event');
    await emit(t.db, { q: 3 });
    await until(() => resumed.events.length === 2, 'the live event');
    await new Promise((r) => setTimeout(r, 150));
    assert.deepEqual(resumed.events.map((e) => e.payload.q), [2, 3]);
  } finally {
    resumed.close();
  }
});

test('a malformed Last-Event-ID is a 400, not a stream', async () => {
  const res = await fetch(`${base}/api/events?lastEventId=abc`, { headers: { cookie: dispatcher.headers.cookie! } });
  assert.equal(res.status, 400);
  const unknown = await fetch(`${base}/api/events?since=1`, { headers: { cookie: dispatcher.headers.cookie! } });
  assert.equal(unknown.status, 400);
});

test('events limited to some roles reach only those roles', async () => {
  const forDispatcher = await connect(base, dispatcher);
  const forSupervisor = await connect(base, supervisor);
  try {
    await emit(t.db, { only: 'supervisors' }, ['supervisor']);
    await emit(t.db, { only: 'everyone' });
    await until(() => forDispatcher.events.length === 1 && forSupervisor.events.length === 2, 'both streams');
    assert.deepEqual(forDispatcher.events.map((e) => e.payload.only), ['everyone']);
    assert.deepEqual(forSupervisor.events.map((e) => e.payload.only), ['supervisors', 'everyone']);
  } finally {
    forDispatcher.close();
    forSupervisor.close();
  }
});

test('another API instance on the same database delivers the same events', async () => {
  // A second process would open its own connection: so does this second app.
  const secondHandle = createDb({ databaseUrl: t.testDb.databaseUrl, dataDir: t.testDb.dataDir });
  // On PostgreSQL the second instance barely polls: only NOTIFY can bring it the first one's event in time.
  const onPostgres = t.handle.kind === 'postgres';
  const second = buildApp({ config: t.config, dbHandle: secondHandle, live: { pollMs: onPostgres ? 60_000 : 50 } });
  await second.listen({ port: 0, host: '127.0.0.1' });
  const address = second.server.address();
  const secondBase = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const onFirst = await connect(base, dispatcher);
  const onSecond = await connect(secondBase, dispatcher);
  try {
    const started = Date.now();
    await emit(t.db, { from: 'instance one' });
    await until(() => onSecond.events.length === 1, 'the first instance event on the second', 1000);
    if (onPostgres) assert.ok(Date.now() - started < 500, `woken by NOTIFY, took ${Date.now() - started} ms`);
    await emit(secondHandle.db, { from: 'instance two' });
    await until(() => onFirst.events.length === 2 && onSecond.events.length === 2, 'both instances');
    assert.deepEqual(onFirst.events.map((e) => e.payload.from), ['instance one', 'instance two']);
    assert.deepEqual(onSecond.events.map((e) => e.payload.from), ['instance one', 'instance two']);
  } finally {
    onFirst.close();
    onSecond.close();
    await second.close();
    await secondHandle.close();
  }
});

test('heartbeats keep the stream alive, and the stream ends when the session does', async () => {
  const user = await createUser(t.db, { role: 'admin' });
  const admin = await signIn(t.app, user);
  const stream = await connect(base, admin);
  await until(() => stream.raw.includes(': heartbeat'), 'a heartbeat');
  await t.db.deleteFrom('sessions').where('userId', '=', user.id).execute();
  const before = stream.raw.length;
  await new Promise((r) => setTimeout(r, 500));
  await emit(t.db, { after: 'logout' });
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(!stream.raw.slice(before).includes('logout'), 'nothing is sent after the session ended');
  stream.close();
});

test('closing the app ends open streams (graceful shutdown)', async () => {
  const other = await createTestApp();
  await other.app.listen({ port: 0, host: '127.0.0.1' });
  const address = other.app.server.address();
  const otherBase = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const who = await signIn(other.app, await createUser(other.db, { role: 'dispatcher' }));
  const res = await fetch(`${otherBase}/api/events`, { headers: { cookie: who.headers.cookie! } });
  const reader = res.body!.getReader();
  await reader.read(); // the retry line: the stream is open
  const started = Date.now();
  await other.close();
  for (;;) {
    const { done } = await reader.read();
    if (done) break;
  }
  assert.ok(Date.now() - started < 3000, 'the stream did not hold the shutdown');
});
