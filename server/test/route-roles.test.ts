import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { consoleRoles, roles, type Role } from '@contract';
import { rolesThatMay } from '@contract/rules';
import { isFieldUrl, type RouteEntry } from '../src/plugins/route-access';
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

test("every console route's roles are the role table's for the capability it declares (contract/rules/access.ts)", () => {
  const consoleRoutes = protectedRoutes().filter((r) => !isFieldUrl(r.url));
  assert.ok(consoleRoutes.length >= 50, `${consoleRoutes.length} console routes`);
  for (const route of consoleRoutes) {
    const key = `${route.method} ${route.url}`;
    assert.ok(route.access, `${key} declares the capability it reads or writes (config.access)`);
    const expected = route.access === 'signed-in' ? consoleRoles : rolesThatMay(...route.access);
    assert.deepEqual([...route.roles], [...expected], `${key} (${String(route.access)})`);
  }
  const declared = (method: string, url: string) => t.app.routeTable.find((r) => r.method === method && r.url === url)?.access;
  assert.deepEqual(declared('POST', '/api/jobs'), ['jobs', 'write']);
  assert.deepEqual(declared('PATCH', '/api/reserves/:id'), ['reserves', 'write']);
  assert.deepEqual(declared('GET', '/api/audit'), ['administration', 'read']);
});

test('technician routes admit technicians only, and only under /api/field', () => {
  for (const route of protectedRoutes()) {
    assert.equal(isFieldUrl(route.url), route.roles.includes('technician'), `${route.method} ${route.url}`);
    if (isFieldUrl(route.url)) assert.deepEqual([...route.roles], ['technician']);
  }
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

test('a console route may not admit technicians nor list roles of its own, a field route may not admit console roles', async () => {
  for (const [url, declared] of [
    ['/api/sneaky', ['admin', 'technician']],
    ['/api/ad-hoc', ['admin', 'dispatcher']],
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
