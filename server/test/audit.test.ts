import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AuditEntry, AuditPage } from '@contract';
import { as, createUser, signedInAs, signIn, testAppWith, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let admin: Credentials;
before(async () => ({ t, fx: { admin } } = await testAppWith(signedInAs({ role: 'admin', displayName: 'Ada Admin' }))));
after(() => t.close());

const get = async (query: string, who: Credentials = admin) => t.app.inject(as(who, { method: 'GET', url: `/api/audit${query}` }));

/** Rows written straight into the table at chosen times (one per minute from `start`). */
async function insertRows(count: number, fields: { entityType: string; entityId: string; actorId: string | null }, start = '2030-01-01T00:00:00.000Z') {
  const base = Date.parse(start);
  for (let i = 0; i < count; i++) {
    await t.db
      .insertInto('auditLog')
      .values({
        id: `row-${fields.entityId}-${String(i).padStart(3, '0')}`,
        occurredAt: new Date(base + i * 60_000).toISOString(),
        actorId: fields.actorId,
        actorRole: fields.actorId ? 'admin' : null,
        actorIp: '203.0.113.7',
        action: 'update',
        entityType: fields.entityType,
        entityId: fields.entityId,
        changes: JSON.stringify({ name: { before: `n${i}`, after: `n${i + 1}` } }),
      })
      .execute();
  }
}

test('a change made through the API is listed with who, role, object, before/after and address', async () => {
  const created = await t.app.inject(as(admin, { method: 'POST', url: '/api/users', payload: { email: 'audited@test.fielddesk.test', displayName: 'Audited', role: 'technician' } }));
  const userId = created.json().user.id as string;
  await t.app.inject(as(admin, { method: 'PATCH', url: `/api/users/${userId}`, payload: { displayName: 'Audited Twice' }, headers: { 'if-match': '1' } }));
  const res = await get(`?entityType=user&entityId=${userId}`);
  assert.equal(res.statusCode, 200);
  const page = res.json() as AuditPage;
  assert.deepEqual(page.items.map((e) => e.action), ['update', 'create'], 'newest first');
  const update = page.items[0]!;
  assert.deepEqual(update.actor, { id: admin.user.id, displayName: 'Ada Admin' });
  assert.equal(update.actorRole, 'admin');
  assert.ok(update.actorIp);
  assert.deepEqual(update.changes, { displayName: { before: 'Audited', after: 'Audited Twice' } });
  assert.equal(JSON.stringify(page).includes('passwordHash'), false);
});

test('filters by actor, object type, object and date range; keyset pages neither repeat nor skip', async () => {
  const other = await createUser(t.db, { role: 'admin', displayName: 'Other' });
  await insertRows(7, { entityType: 'customer', entityId: 'cust-a', actorId: other.id });
  await insertRows(3, { entityType: 'customer', entityId: 'cust-b', actorId: null });
  await insertRows(2, { entityType: 'settings', entityId: '1', actorId: other.id }, '2031-01-01T00:00:00.000Z');

  const byActor = (await get(`?actorId=${other.id}`)).json() as AuditPage;
  assert.equal(byActor.total, 9);
  const byType = (await get('?entityType=customer')).json() as AuditPage;
  assert.equal(byType.total, 10);
  const byEntity = (await get('?entityType=customer&entityId=cust-b')).json() as AuditPage;
  assert.equal(byEntity.total, 3);
  assert.equal(byEntity.items[0]!.actor, null, 'the system acts as nobody');
  const range = (await get('?entityType=customer&entityId=cust-a&from=2030-01-01T00:02:00.000Z&to=2030-01-01T00:05:00.000Z')).json() as AuditPage;
  assert.deepEqual(range.items.map((e) => e.occurredAt), ['2030-01-01T00:04:00.000Z', '2030-01-01T00:03:00.000Z', '2030-01-01T00:02:00.000Z']);

  const seen: AuditEntry[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const page = (await get(`?actorId=${other.id}&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json() as AuditPage;
    seen.push(...page.items);
    cursor = page.nextCursor;
  }
  assert.equal(seen.length, 9);
  assert.equal(new Set(seen.map((e) => e.id)).size, 9);
  const times = seen.map((e) => e.occurredAt);
  assert.deepEqual(times, [...times].sort().reverse());
});

test('bad filters are a 400, never a 500', async () => {
  for (const q of ['?from=yesterday', '?from=2030-02-01T00:00:00.000Z&to=2030-01-01T00:00:00.000Z', '?entityType=DROP%20TABLE', '?cursor=abc', '?limit=0', '?colour=red']) {
    const res = await get(q);
    assert.equal(res.statusCode, 400, `${q}: ${res.body}`);
  }
});

test('only administrators read the trail', async () => {
  for (const role of ['dispatcher', 'supervisor'] as const) {
    const who = await signIn(t.app, await createUser(t.db, { role }));
    assert.equal((await get('', who)).statusCode, 403);
  }
});

test('append-only: no route edits or deletes an audit row', async () => {
  const writes = t.app.routeTable.filter((r) => r.url.startsWith('/api/audit') && !['GET', 'HEAD'].includes(r.method));
  assert.deepEqual(writes, []);
  for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
    const res = await t.app.inject(as(admin, { method, url: '/api/audit', payload: {} }));
    assert.equal(res.statusCode, 404, `${method} /api/audit`);
  }
});
