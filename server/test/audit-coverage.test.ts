import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { RouteOptions } from 'fastify';
import type { Role } from '@contract';
import { auditSamples, type AuditProbe } from './audit-samples';
import { createTestApp, createUser, fieldToken, signIn, type Credentials } from './helpers/test-app';

/**
 * "Every mutating route writes exactly one audit row for its change", generated from the route
 * table: each POST/PUT/PATCH/DELETE route gets a test. A route declares what it audits
 * (`config.audit`: the entity type of its row, or `{ none: 'why' }`, see
 * modules/audit/audit-declaration.ts); how to call it once lives in ./audit-samples, keyed by
 * `METHOD url`. A new route without a declaration, or without a sample, fails here.
 */
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const t = await createTestApp({ ready: false });
const routes: RouteOptions[] = [];
t.app.addHook('onRoute', (route) => {
  routes.push(route);
});
await t.app.ready();
after(() => t.close());

const callers = new Map<Role, Credentials>();
async function caller(role: Role): Promise<Credentials> {
  if (!callers.has(role)) {
    const user = await createUser(t.db, { role });
    callers.set(role, role === 'technician' ? await fieldToken(t.app, user) : await signIn(t.app, user));
  }
  return callers.get(role)!;
}

const probe: AuditProbe = {
  db: t.db,
  async call(method, url, body, as = 'admin', headers = {}) {
    const res = await t.app.inject({ method: method as 'GET', url, payload: body as object, headers: { ...(await caller(as)).headers, ...headers } });
    assert.ok(res.statusCode < 300, `sample setup ${method} ${url}: ${res.statusCode} ${res.body}`);
    return { body: res.json(), headers: res.headers as Record<string, string> };
  },
  async newUser(role) {
    return createUser(t.db, { role });
  },
  async signedIn(role) {
    const user = await createUser(t.db, { role });
    const credentials = role === 'technician' ? await fieldToken(t.app, user) : await signIn(t.app, user);
    return { userId: user.id, password: user.password, headers: credentials.headers };
  },
};

const auditIds = async () => new Set((await t.db.selectFrom('auditLog').select('id').execute()).map((r) => r.id));

const mutating = routes.flatMap((route) =>
  [route.method].flat().filter((m) => MUTATING.has(m)).map((method) => ({ method, url: route.url, route })),
);

test('the route table has mutating routes to check (the generator is not empty)', () => {
  assert.ok(mutating.length >= 15, `${mutating.length} mutating routes`);
  assert.ok(mutating.some((r) => r.url === '/api/users/:id/deactivate'));
});

test('every sample belongs to a mutating route that declares an audited entity (no stale samples)', () => {
  const audited = new Set(mutating.filter(({ route }) => typeof route.config?.audit === 'string').map(({ method, url }) => `${method} ${url}`));
  assert.deepEqual(Object.keys(auditSamples).filter((key) => !audited.has(key)), []);
});

for (const { method, url, route } of mutating) {
  test(`${method} ${url} writes exactly one audit row for its change`, async () => {
    const declared = route.config?.audit;
    assert.ok(declared, `${method} ${url} declares no config.audit: name the entity type of its row ('job'…), or { none: 'why it writes no row' }`);
    if (typeof declared !== 'string') {
      assert.ok(declared.none.trim().length > 10, 'the reason for writing no audit row is spelled out');
      return;
    }
    const sample = auditSamples[`${method} ${url}`];
    assert.ok(sample, `${method} ${url} has no sample request in server/test/audit-samples`);
    const request = await sample(probe);
    const roles = route.config?.roles;
    const as = request.as ?? (Array.isArray(roles) ? (roles[0] as Role) : 'admin');
    const headers = { ...(request.credentials ?? (await caller(as)).headers), ...request.headers };
    const before = await auditIds();
    const res = await t.app.inject({ method: method as 'POST', url: request.url, headers, payload: request.body as object });
    assert.ok(res.statusCode >= 200 && res.statusCode < 300, `${method} ${request.url}: ${res.statusCode} ${res.body}`);
    const added = (await t.db.selectFrom('auditLog').selectAll().execute()).filter((row) => !before.has(row.id));
    assert.equal(added.length, 1, `${method} ${url} wrote one audit row`);
    const row = added[0]!;
    assert.equal(row.entityType, declared, `${method} ${url} writes a row about the entity type it declares`);
    assert.ok(row.action, 'the row names the action');
    if (roles !== 'public') assert.ok(row.actorId, 'the row names who did it');
  });
}
