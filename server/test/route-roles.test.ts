import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { roles, type Role } from '@contract';
import type { RouteEntry } from '../src/plugins/route-access';
import { createTestApp, signInEveryRole, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let callers: Record<Role, Credentials>;
before(async () => {
  t = await createTestApp();
  callers = await signInEveryRole(t.app, t.db);
});
after(() => t.close());

/** A concrete address for a route pattern: every parameter gets a made-up id. */
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, 'id-00000000').replace(/\*$/, 'anything');
const protectedRoutes = () =>
  t.app.routeTable.filter((r): r is RouteEntry & { roles: readonly Role[] } => r.roles !== 'public' && r.method !== 'HEAD');

test('the route table is collected from the routes themselves', () => {
  const keys = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
  for (const expected of ['GET /api/customers', 'PATCH /api/customers/:id', 'GET /api/events', 'PATCH /api/settings', 'GET /api/field/me']) {
    assert.ok(keys.includes(expected), `${expected} is in the route table`);
  }
  assert.ok(protectedRoutes().length >= 10);
});

test('every protected route answers 401 unauthenticated without credentials', async () => {
  for (const route of protectedRoutes()) {
    const res = await t.app.inject({ method: route.method as 'GET', url: concrete(route.url), payload: route.method === 'GET' ? undefined : {} });
    assert.equal(res.statusCode, 401, `${route.method} ${route.url}`);
    assert.equal(res.json().error.code, 'unauthenticated', `${route.method} ${route.url}`);
  }
});

test('every route refuses every role it does not declare (403 forbidden)', async () => {
  let checked = 0;
  for (const route of protectedRoutes()) {
    for (const role of roles.filter((r) => !route.roles.includes(r))) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers: callers[role].headers,
        payload: route.method === 'GET' ? undefined : {},
      });
      assert.equal(res.statusCode, 403, `${role} on ${route.method} ${route.url}: ${res.body}`);
      assert.equal(res.json().error.code, 'forbidden', `${role} on ${route.method} ${route.url}`);
      checked += 1;
    }
  }
  assert.ok(checked >= 20, `${checked} refusals checked`);
});

test('declared roles are let through (not 401/403) on a sample of read routes', async () => {
  for (const route of protectedRoutes().filter((r) => r.method === 'GET' && r.url !== '/api/events' && !r.url.includes(':'))) {
    for (const role of route.roles) {
      const res = await t.app.inject({ method: 'GET', url: route.url, headers: callers[role].headers });
      assert.ok(![401, 403].includes(res.statusCode), `${role} on GET ${route.url} got ${res.statusCode}`);
    }
  }
});

test('a route that declares no roles stops the app from starting (fail closed)', async () => {
  const other = await createTestApp({ ready: false });
  try {
    other.app.get('/api/forgotten', async () => ({ secret: true }));
    await assert.rejects(async () => {
      await other.app.ready();
    }, /GET \/api\/forgotten: declares no roles/);
  } finally {
    await other.close().catch(() => undefined);
    await other.testDb.drop();
  }
});

test('a console route may not admit technicians, a field route may not admit console roles', async () => {
  for (const [url, declared] of [
    ['/api/sneaky', ['admin', 'technician']],
    ['/api/field/sneaky', ['dispatcher']],
  ] as const) {
    const other = await createTestApp({ ready: false });
    try {
      other.app.get(url, { config: { roles: declared } }, async () => ({}));
      await assert.rejects(async () => {
      await other.app.ready();
    }, /Routes refused/);
    } finally {
      await other.close().catch(() => undefined);
      await other.testDb.drop();
    }
  }
});
