import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { RouteOptions } from 'fastify';
import type { Role } from '@contract';
import type { AuditDeclaration, AuditProbe } from '../src/modules/audit/audit-declaration';
import { aCustomer } from './helpers/customers';
import { leakCheck } from './helpers/templates';
import { createTestApp, createUser, fieldToken, signIn, type Credentials } from './helpers/test-app';

/**
 * "Every mutating route writes exactly one audit row for its change", generated from the route
 * table: each POST/PUT/PATCH/DELETE route gets a test. A route declares `config.audit` (see
 * modules/audit/audit-declaration.ts); routes written before that declaration existed have theirs
 * below, until their owners move them next to the route. A new route without one fails here.
 */
const EARLIER_ROUTES: Record<string, AuditDeclaration> = {
  'POST /api/auth/login': {
    sample: async (p) => {
      const user = await p.newUser('dispatcher');
      return { url: '/api/auth/login', body: { email: user.email, password: user.password }, credentials: {} };
    },
  },
  'POST /api/auth/logout': { sample: async (p) => ({ url: '/api/auth/logout', credentials: (await p.signedIn('supervisor')).headers }) },
  'PATCH /api/auth/me': { none: "The caller's own display preferences (language, theme): not business data." },
  'POST /api/field/auth/token': {
    sample: async (p) => {
      const user = await p.newUser('technician');
      return { url: '/api/field/auth/token', body: { email: user.email, password: user.password, deviceName: 'Audit phone' }, credentials: {} };
    },
  },
  'DELETE /api/field/auth/token': { sample: async (p) => ({ url: '/api/field/auth/token', credentials: (await p.signedIn('technician')).headers }) },
  'POST /api/customers': { sample: async () => ({ url: '/api/customers', body: aCustomer() }) },
  'PATCH /api/customers/:id': {
    sample: async (p) => {
      const { body } = await p.call<{ id: string }>('POST', '/api/customers', aCustomer());
      return { url: `/api/customers/${body.id}`, body: { name: 'Renamed customer' }, headers: { 'if-match': '1' }, as: 'admin' };
    },
  },
  'PATCH /api/settings': {
    sample: async (p) => {
      const { body } = await p.call<{ version: number; currency: string }>('GET', '/api/settings');
      return { url: '/api/settings', body: { currency: body.currency === 'GBP' ? 'EUR' : 'GBP' }, headers: { 'if-match': String(body.version) } };
    },
  },
  'POST /api/report-templates': { sample: async () => ({ url: '/api/report-templates', body: { name: 'Audited template' } }) },
  'PUT /api/report-templates/:id': {
    sample: async (p) => {
      const t = await template(p);
      return { url: `/api/report-templates/${t.id}`, body: { name: 'Renamed', description: null, draft: leakCheck() }, headers: ifMatch(t) };
    },
  },
  'POST /api/report-templates/:id/publish': {
    sample: async (p) => {
      const t = await template(p);
      return { url: `/api/report-templates/${t.id}/publish`, body: {}, headers: ifMatch(t) };
    },
  },
  'POST /api/report-templates/:id/duplicate': { sample: async (p) => ({ url: `/api/report-templates/${(await template(p)).id}/duplicate`, body: {} }) },
  'POST /api/report-templates/:id/archive': {
    sample: async (p) => {
      const t = await template(p);
      return { url: `/api/report-templates/${t.id}/archive`, body: {}, headers: ifMatch(t) };
    },
  },
  'POST /api/report-templates/:id/restore': {
    sample: async (p) => {
      const t = await template(p);
      const archived = await p.call<{ version: number }>('POST', `/api/report-templates/${t.id}/archive`, {}, 'admin', ifMatch(t));
      return { url: `/api/report-templates/${t.id}/restore`, body: {}, headers: ifMatch({ version: archived.body.version }) };
    },
  },
  'PATCH /api/job-types/:id': {
    sample: async (p) => {
      const t = await template(p);
      await p.call('POST', `/api/report-templates/${t.id}/publish`, {}, 'admin', ifMatch(t));
      const id = crypto.randomUUID();
      const code = `audit_${id.slice(0, 8)}`;
      await p.db.insertInto('jobTypes').values({ id, code, nameEn: 'Audit', nameFr: 'Audit', defaultTemplateId: null, isActive: 1, createdAt: new Date().toISOString() }).execute();
      return { url: `/api/job-types/${id}`, body: { defaultTemplateId: t.id }, headers: { 'if-match': '1' } };
    },
  },
};

const ifMatch = (t: { version: number }) => ({ 'if-match': String(t.version) });
const template = async (p: AuditProbe) =>
  (await p.call<{ id: string; version: number }>('POST', '/api/report-templates', { name: `T ${crypto.randomUUID().slice(0, 6)}`, draft: leakCheck() })).body;

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

const countRows = async () => Number((await t.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const mutating = routes.flatMap((route) =>
  [route.method].flat().filter((m) => MUTATING.has(m)).map((method) => ({ method, url: route.url, route })),
);

test('the route table has mutating routes to check (the generator is not empty)', () => {
  assert.ok(mutating.length >= 15, `${mutating.length} mutating routes`);
  assert.ok(mutating.some((r) => r.url === '/api/users/:id/deactivate'));
});

for (const { method, url, route } of mutating) {
  test(`${method} ${url} writes exactly one audit row for its change`, async () => {
    const declared = route.config?.audit ?? EARLIER_ROUTES[`${method} ${url}`];
    assert.ok(declared, `${method} ${url} declares no config.audit: give a sample request, or { none: 'why it writes no row' }`);
    if ('none' in declared) {
      assert.ok(declared.none.trim().length > 10, 'the reason for writing no audit row is spelled out');
      return;
    }
    const request = await declared.sample(probe);
    const roles = route.config?.roles;
    const as = request.as ?? (Array.isArray(roles) ? (roles[0] as Role) : 'admin');
    const headers = { ...(request.credentials ?? (await caller(as)).headers), ...request.headers };
    const before = await countRows();
    const res = await t.app.inject({ method: method as 'POST', url: request.url, headers, payload: request.body as object });
    assert.ok(res.statusCode >= 200 && res.statusCode < 300, `${method} ${request.url}: ${res.statusCode} ${res.body}`);
    assert.equal((await countRows()) - before, 1, `${method} ${url} wrote one audit row`);
    const row = await t.db.selectFrom('auditLog').selectAll().orderBy('occurredAt', 'desc').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.ok(row.entityType && row.action, 'the row names the object type and the action');
    if (roles !== 'public') assert.ok(row.actorId, 'the row names who did it');
  });
}
