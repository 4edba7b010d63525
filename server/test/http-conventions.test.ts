import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aCustomer } from './helpers/customers';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let dispatcher: Credentials;
before(async () => {
  t = await createTestApp();
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
});
after(() => t.close());

const createCustomer = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/customers', headers: { ...dispatcher.headers, ...headers }, payload: payload as object });

describe('bad input', () => {
  test('invalid fields → 400 invalid_input listing each issue with its path', async () => {
    const res = await createCustomer({ name: '', sites: [{ name: 'Depot' }], email: 'not-an-email' });
    assert.equal(res.statusCode, 400);
    const { error } = res.json();
    assert.equal(error.code, 'invalid_input');
    const paths = error.details.issues.map((i: { path: string }) => i.path);
    for (const path of ['name', 'email', 'sites.0.addressLine1', 'sites.0.city']) assert.ok(paths.includes(path), `${path} in ${paths}`);
    assert.ok(error.details.issues.every((i: { in: string; message: string }) => i.in === 'body' && i.message.length > 0));
  });

  test('unknown fields → 400 naming them, nothing created', async () => {
    const res = await createCustomer({ ...aCustomer({ vip: true }), sites: [{ ...aCustomer().sites[0], floor: 3 }] });
    assert.equal(res.statusCode, 400);
    const issues = res.json().error.details.issues as { path: string; message: string }[];
    assert.deepEqual(
      issues.map((i) => [i.path, i.message]),
      [
        ['sites.0.floor', 'Unknown field'],
        ['vip', 'Unknown field'],
      ],
    );
    const count = await t.db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
  });

  test('unknown query parameters and text with invalid characters are refused too', async () => {
    const query = await t.app.inject({ method: 'GET', url: '/api/customers?colour=red', headers: dispatcher.headers });
    assert.equal(query.statusCode, 400);
    assert.deepEqual(query.json().error.details.issues[0], { in: 'querystring', path: 'colour', message: 'Unknown field' });
    const script = await createCustomer(aCustomer({ name: '<script>alert(1)</script>' }));
    assert.equal(script.statusCode, 400);
    assert.equal(script.json().error.details.issues[0].message, 'Invalid characters found');
  });

  test('malformed JSON → 400 invalid_json; a tampered cursor → 400, never a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/customers',
      headers: { ...dispatcher.headers, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'invalid_json');
    const cursor = await t.app.inject({ method: 'GET', url: '/api/customers?cursor=bm90LWpzb24', headers: dispatcher.headers });
    assert.equal(cursor.statusCode, 400);
    assert.equal(cursor.json().error.details.issues[0].path, 'cursor');
  });
});

describe('If-Match', () => {
  test('missing → 428, stale → 412 with the current version, right → 200 with the new ETag', async () => {
    const created = (await createCustomer(aCustomer({ name: 'Versioned SARL' }))).json();
    const url = `/api/customers/${created.id}`;
    const patch = (ifMatch: string | undefined, name: string) =>
      t.app.inject({
        method: 'PATCH',
        url,
        headers: { ...dispatcher.headers, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
        payload: { name },
      });
    const missing = await patch(undefined, 'A');
    assert.equal(missing.statusCode, 428);
    assert.equal(missing.json().error.code, 'if_match_required');
    const garbage = await patch('"abc"', 'A');
    assert.equal(garbage.statusCode, 400);
    const ok = await patch('W/"1"', 'Versioned SAS');
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.headers.etag, '"2"');
    const stale = await patch('"1"', 'Lost update');
    assert.equal(stale.statusCode, 412);
    assert.equal(stale.json().error.code, 'version_mismatch');
    assert.equal(stale.json().error.details.currentVersion, 2);
    const bare = await patch('2', 'Versioned SA');
    assert.equal(bare.statusCode, 200);
    const final = await t.app.inject({ method: 'GET', url, headers: dispatcher.headers });
    assert.equal(final.json().name, 'Versioned SA');
    assert.equal(final.headers.etag, '"3"');
  });

  test('two concurrent writers of the same version: exactly one wins', async () => {
    const created = (await createCustomer(aCustomer({ name: 'Race Ltd' }))).json();
    const write = (name: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/customers/${created.id}`,
        headers: { ...dispatcher.headers, 'if-match': '"1"' },
        payload: { name },
      });
    const results = await Promise.all([write('Race One'), write('Race Two'), write('Race Three')]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 412, 412]);
  });
});

describe('errors and headers', () => {
  test('an unknown /api route → 404 in the error shape; an unexpected error → 500 without details of it', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: dispatcher.headers });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'not_found');
    const deleted = await t.app.inject({ method: 'DELETE', url: '/api/customers', headers: dispatcher.headers });
    assert.equal(deleted.statusCode, 404);
    const unknownCustomer = await t.app.inject({ method: 'GET', url: '/api/customers/nope', headers: dispatcher.headers });
    assert.equal(unknownCustomer.statusCode, 404);
    assert.equal(unknownCustomer.json().error.code, 'not_found');

    const other = await createTestApp({ ready: false });
    try {
      other.app.get('/api/explode', { config: { roles: 'public' } }, async () => {
        throw new Error('secret database password in /srv/app/db.ts');
      });
      await other.app.ready();
      const res = await other.app.inject({ method: 'GET', url: '/api/explode' });
      assert.equal(res.statusCode, 500);
      assert.equal(res.json().error.code, 'internal_error');
      assert.doesNotMatch(res.body, /secret|db\.ts|\bat\b.*\(/);
      assert.equal(res.json().error.details.requestId, res.headers['x-request-id']);
    } finally {
      await other.close();
    }
  });

  test('no error answer carries a stack trace', async () => {
    const answers = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/customers?limit=0', headers: dispatcher.headers }),
      t.app.inject({ method: 'POST', url: '/api/customers', headers: { ...dispatcher.headers, 'content-type': 'application/xml' }, payload: '<x/>' }),
      t.app.inject({ method: 'POST', url: '/api/customers', headers: { ...dispatcher.headers, 'content-type': 'application/json' }, payload: '[' }),
      t.app.inject({ method: 'GET', url: '/api/customers' }),
    ]);
    for (const res of answers) {
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${res.statusCode}`);
      assert.ok(res.json().error.code, res.body);
      assert.doesNotMatch(res.body, /stack|node_modules|\.ts:\d+/);
    }
    assert.equal(answers[1]!.statusCode, 415);
    assert.equal(answers[1]!.json().error.code, 'unsupported_media_type');
  });

  test('security headers on every answer, API answers not cached', async () => {
    for (const res of [
      await t.app.inject({ method: 'GET', url: '/api/health' }),
      await t.app.inject({ method: 'GET', url: '/api/nothing' }),
      await t.app.inject({ method: 'GET', url: '/api/customers', headers: dispatcher.headers }),
      await t.app.inject({ method: 'GET', url: '/' }),
    ]) {
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/, 'no inline scripts');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['referrer-policy'], 'no-referrer');
      assert.equal(res.headers['x-frame-options'], 'DENY');
    }
    const api = await t.app.inject({ method: 'GET', url: '/api/customers', headers: dispatcher.headers });
    assert.equal(api.headers['cache-control'], 'no-store');
  });
});
