import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aCustomer } from './helpers/customers';
import { createTestApp, createUser, fieldToken, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let dispatcher: Credentials;
let technician: Credentials;
let releaseSlowWrite: () => void = () => {};
let slowWrites = 0;

before(async () => {
  t = await createTestApp({ ready: false });
  // A technician write as later modules will declare it: the plugin is reusable by any route.
  t.app.post(
    '/api/field/test-writes',
    { config: { roles: ['technician'], idempotent: 'required' } },
    async (request, reply) => {
      slowWrites += 1;
      if ((request.body as { slow?: boolean }).slow) await new Promise<void>((resolve) => (releaseSlowWrite = resolve));
      return reply.code(201).header('location', `/api/field/test-writes/${slowWrites}`).send({ write: slowWrites });
    },
  );
  await t.app.ready();
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  technician = await fieldToken(t.app, await createUser(t.db, { role: 'technician' }));
});
after(() => t.close());

const customers = async () =>
  Number((await t.db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('Idempotency-Key on a console write', () => {
  test('a retry with the same key and body replays the first answer and creates nothing more', async () => {
    const headers = { ...dispatcher.headers, 'idempotency-key': 'create-etoile-1' };
    const first = await t.app.inject({ method: 'POST', url: '/api/customers', headers, payload: aCustomer() });
    assert.equal(first.statusCode, 201);
    // Same body with keys in another order is the same request.
    const { name, ...rest } = aCustomer();
    const retry = await t.app.inject({ method: 'POST', url: '/api/customers', headers, payload: { ...rest, name } });
    assert.equal(retry.statusCode, 201);
    assert.equal(retry.body, first.body);
    assert.equal(retry.headers.etag, first.headers.etag);
    assert.equal(retry.headers.location, first.headers.location);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.equal(await customers(), 1);
  });

  test('the same key with another body → 422 idempotency_key_reused', async () => {
    const headers = { ...dispatcher.headers, 'idempotency-key': 'create-2' };
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/customers', headers, payload: aCustomer({ name: 'One' }) })).statusCode, 201);
    const reused = await t.app.inject({ method: 'POST', url: '/api/customers', headers, payload: aCustomer({ name: 'Two' }) });
    assert.equal(reused.statusCode, 422);
    assert.equal(reused.json().error.code, 'idempotency_key_reused');
  });

  test('keys belong to their user: another user may use the same key', async () => {
    const admin = await signIn(t.app, await createUser(t.db, { role: 'admin' }));
    const payload = aCustomer({ name: 'Shared Key' });
    const a = await t.app.inject({ method: 'POST', url: '/api/customers', headers: { ...dispatcher.headers, 'idempotency-key': 'k-shared' }, payload });
    const b = await t.app.inject({ method: 'POST', url: '/api/customers', headers: { ...admin.headers, 'idempotency-key': 'k-shared' }, payload });
    assert.notEqual(a.json().id, b.json().id);
  });

  test('a failed request (400) is not a reason to replay a different later answer', async () => {
    const headers = { ...dispatcher.headers, 'idempotency-key': 'bad-then-good' };
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/customers', headers, payload: { name: '' } })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/customers', headers, payload: aCustomer({ name: 'Fixed' }) })).statusCode, 201);
  });
});

describe('Idempotency-Key on a technician write (required)', () => {
  test('missing key → 400 idempotency_key_required', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/field/test-writes', headers: technician.headers, payload: {} });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'idempotency_key_required');
  });

  test('while the first request runs, the same key → 409 idempotency_in_progress; afterwards it replays', async () => {
    const headers = { ...technician.headers, 'idempotency-key': 'slow-1' };
    const before = slowWrites;
    const first = t.app.inject({ method: 'POST', url: '/api/field/test-writes', headers, payload: { slow: true } });
    while (slowWrites === before) await new Promise((r) => setTimeout(r, 5));
    const concurrent = await t.app.inject({ method: 'POST', url: '/api/field/test-writes', headers, payload: { slow: true } });
    assert.equal(concurrent.statusCode, 409);
    assert.equal(concurrent.json().error.code, 'idempotency_in_progress');
    assert.ok(concurrent.headers['retry-after']);
    releaseSlowWrite();
    const done = await first;
    assert.equal(done.statusCode, 201);
    const replay = await t.app.inject({ method: 'POST', url: '/api/field/test-writes', headers, payload: { slow: true } });
    assert.equal(replay.statusCode, 201);
    assert.deepEqual(replay.json(), done.json());
    assert.equal(slowWrites, before + 1, 'the work ran once');
  });

  test('the key is kept in the database (so other instances see it)', async () => {
    const rows = await t.db.selectFrom('idempotencyKeys').selectAll().where('key', '=', 'slow-1').execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.state, 'done');
    assert.equal(rows[0]!.principal, technician.user.id);
    assert.equal(rows[0]!.responseStatus, 201);
  });
});

describe('an instance that died mid-request', () => {
  test('its abandoned claim is taken over by a retry instead of answering 409 for hours', async () => {
    const headers = { ...technician.headers, 'idempotency-key': 'abandoned-1' };
    const payload = { note: 'retry after a crash' };
    // What a crashed instance leaves behind: a claim still 'running', three minutes old.
    const claimed = await t.app.inject({ method: 'POST', url: '/api/field/test-writes', headers, payload });
    assert.equal(claimed.statusCode, 201);
    const threeMinutesAgo = new Date(Date.now() - 3 * 60 * 1000).toISOString();
    await t.db
      .updateTable('idempotencyKeys')
      .set({ state: 'running', responseStatus: null, responseBody: null, createdAt: threeMinutesAgo })
      .where('key', '=', 'abandoned-1')
      .execute();
    const before = slowWrites;
    const retry = await t.app.inject({ method: 'POST', url: '/api/field/test-writes', headers, payload });
    assert.equal(retry.statusCode, 201);
    assert.equal(slowWrites, before + 1, 'the retry did the work the dead instance never answered');
    const row = await t.db.selectFrom('idempotencyKeys').selectAll().where('key', '=', 'abandoned-1').executeTakeFirstOrThrow();
    assert.equal(row.state, 'done');
  });

  test('a recent running claim still answers 409', async () => {
    const headers = { ...technician.headers, 'idempotency-key': 'recent-1' };
    const payload = { note: 'still running elsewhere' };
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/field/test-writes', headers, payload })).statusCode, 201);
    await t.db.updateTable('idempotencyKeys').set({ state: 'running', responseStatus: null }).where('key', '=', 'recent-1').execute();
    const retry = await t.app.inject({ method: 'POST', url: '/api/field/test-writes', headers, payload });
    assert.equal(retry.statusCode, 409);
  });
});
