import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aVan, seedParts, type PartsFixture } from './helpers/depots';
import { createTestApp, createUser, signInEveryRole, type Credentials, type TestApp } from './helpers/test-app';
import type { Role } from '@contract';

let t: TestApp;
let parts: PartsFixture;
let callers: Record<Role, Credentials>;
before(async () => {
  t = await createTestApp();
  parts = await seedParts(t.db);
  callers = await signInEveryRole(t.app, t.db);
});
after(() => t.close());

const technician = (displayName: string, active = true) => createUser(t.db, { role: 'technician', displayName, active });
const createVan = (payload: object, who: Role = 'dispatcher') =>
  t.app.inject({ method: 'POST', url: '/api/depots', headers: callers[who].headers, payload });
const get = (url: string, who: Role = 'supervisor') => t.app.inject({ method: 'GET', url, headers: callers[who].headers });
const remove = (id: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'DELETE', url: `/api/depots/${id}`, headers: { ...callers.admin.headers, ...headers } });

describe('vans', () => {
  test('a dispatcher creates a van for a technician → 201 with owner, counts at zero, ETag, Location; audited', async () => {
    const owner = await technician('Zoé Tech');
    const res = await createVan({ name: 'Van Zoé', ownerId: owner.id });
    assert.equal(res.statusCode, 201, res.body);
    const depot = res.json();
    assert.equal(depot.kind, 'van');
    assert.deepEqual(depot.owner, { id: owner.id, displayName: 'Zoé Tech' });
    assert.deepEqual([depot.serialUnitCount, depot.needsRepairCount, depot.stockLineCount], [0, 0, 0]);
    assert.equal(res.headers.etag, '"1"');
    assert.equal(res.headers.location, `/api/depots/${depot.id}`);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', depot.id).execute();
    assert.equal(audit[0]?.action, 'create');
    assert.equal(audit[0]?.actorId, callers.dispatcher.user.id);
  });

  test('a technician owns at most one van → 409 owner_has_depot', async () => {
    const owner = await technician('Once');
    assert.equal((await createVan({ name: 'First', ownerId: owner.id })).statusCode, 201);
    const second = await createVan({ name: 'Second', ownerId: owner.id });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().error.code, 'owner_has_depot');
  });

  test('two creations for one technician at the same moment: one van', async () => {
    const owner = await technician('Racer');
    const answers = await Promise.all([createVan({ name: 'A', ownerId: owner.id }), createVan({ name: 'B', ownerId: owner.id })]);
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [201, 409]);
  });

  test('the owner must be an active technician → 422 owner_not_technician', async () => {
    const inactive = await technician('Gone', false);
    for (const ownerId of [callers.dispatcher.user.id, inactive.id, 'no-such-user']) {
      const res = await createVan({ name: 'Van', ownerId });
      assert.equal(res.statusCode, 422, ownerId);
      assert.equal(res.json().error.code, 'owner_not_technician');
    }
  });

  test('unknown fields and empty names are 400; supervisors and technicians may not create', async () => {
    const owner = await technician('Strict');
    const unknown = await createVan({ name: 'Van', ownerId: owner.id, kind: 'main' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.details.issues[0].path, 'kind');
    assert.equal((await createVan({ name: '  ', ownerId: owner.id })).statusCode, 400);
    assert.equal((await createVan({ name: 'Van', ownerId: owner.id }, 'supervisor')).statusCode, 403);
    assert.equal((await createVan({ name: 'Van', ownerId: owner.id }, 'technician')).statusCode, 403);
  });
});

describe('list and read', () => {
  test('the main depot first, then vans by owner name; counts of units, repairs and stock lines', async () => {
    const anna = await technician('Anna Arnaud');
    const bob = await technician('Bob Bernard');
    const vanB = await aVan(t.db, bob.id, 'Van B');
    const vanA = await aVan(t.db, anna.id, 'Van A');
    const now = new Date().toISOString();
    const unit = (status: 'ok' | 'needs_repair', serial: string) => ({ id: crypto.randomUUID(), itemId: parts.boiler, serial, status, depotId: vanA, customerId: null, siteId: null, lastJobId: null, createdAt: now, updatedAt: now, version: 1 });
    await t.db.insertInto('serialUnits').values([unit('ok', 'LST-1'), unit('needs_repair', 'LST-2'), unit('ok', 'LST-3')]).execute();
    await t.db.insertInto('stockLevels').values([
      { depotId: vanA, itemId: parts.cable, quantityMilli: 12_500, updatedAt: now },
      { depotId: vanA, itemId: parts.filter, quantityMilli: 0, updatedAt: now },
    ]).execute();

    const res = await get('/api/depots');
    assert.equal(res.statusCode, 200);
    const items = res.json().items as { id: string; kind: string; owner: { displayName: string } | null; serialUnitCount: number; needsRepairCount: number; stockLineCount: number }[];
    assert.equal(items[0]!.id, parts.mainDepotId);
    const vans = items.slice(1).map((d) => d.owner!.displayName);
    assert.deepEqual(vans, [...vans].sort((a, b) => a.localeCompare(b)));
    assert.ok(vans.indexOf('Anna Arnaud') < vans.indexOf('Bob Bernard'));
    const a = items.find((d) => d.id === vanA)!;
    assert.deepEqual([a.serialUnitCount, a.needsRepairCount, a.stockLineCount], [3, 1, 1]);
    assert.ok(items.some((d) => d.id === vanB));

    const one = await get(`/api/depots/${vanA}`);
    assert.equal(one.statusCode, 200);
    assert.deepEqual(one.json(), a);
    assert.equal((await get('/api/depots/nope')).statusCode, 404);
  });
});

describe('delete', () => {
  test('the main depot cannot be deleted → 409 main_depot', async () => {
    const res = await remove(parts.mainDepotId);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'main_depot');
  });

  test('a van holding stock or units → 409 depot_not_empty, and it stays', async () => {
    const owner = await technician('Full');
    const van = await aVan(t.db, owner.id);
    await t.db.insertInto('stockLevels').values({ depotId: van, itemId: parts.filter, quantityMilli: 2000, updatedAt: new Date().toISOString() }).execute();
    const res = await remove(van);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'depot_not_empty');
    assert.equal(res.json().error.details.holdsStock, true);
    assert.equal((await get(`/api/depots/${van}`)).statusCode, 200);
  });

  test('an empty van is deleted: gone from lists, its owner may get a new one; stale If-Match → 412', async () => {
    const owner = await technician('Leaving');
    const van = (await createVan({ name: 'Old van', ownerId: owner.id })).json();
    const stale = await remove(van.id, { 'if-match': '"7"' });
    assert.equal(stale.statusCode, 412);
    const res = await remove(van.id, { 'if-match': '"1"' });
    assert.equal(res.statusCode, 204, res.body);
    assert.equal((await get(`/api/depots/${van.id}`)).statusCode, 404);
    assert.ok(!(await get('/api/depots')).json().items.some((d: { id: string }) => d.id === van.id));
    assert.equal((await remove(van.id)).statusCode, 404);
    assert.equal((await createVan({ name: 'New van', ownerId: owner.id })).statusCode, 201);
    const audit = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', van.id).execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['create', 'delete']);
  });

  test('a supervisor may read depots but not delete one', async () => {
    const owner = await technician('Kept');
    const van = await aVan(t.db, owner.id);
    const res = await t.app.inject({ method: 'DELETE', url: `/api/depots/${van}`, headers: callers.supervisor.headers });
    assert.equal(res.statusCode, 403);
  });
});

test('the generated role test covers every route of depots, stock, serial units and repairs', () => {
  const keys = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
  const write = ['admin', 'dispatcher'];
  const read = ['admin', 'dispatcher', 'supervisor'];
  const expected: [string, string[]][] = [
    ['GET /api/depots', read],
    ['POST /api/depots', write],
    ['GET /api/depots/:id', read],
    ['DELETE /api/depots/:id', write],
    ['GET /api/depots/:id/stock', read],
    ['POST /api/depots/:id/receipts', write],
    ['POST /api/stock-transfers', write],
    ['GET /api/serial-units', read],
    ['GET /api/serial-units/:id', read],
    ['GET /api/serial-units/by-serial/:serial', read],
    ['POST /api/serial-units/:id/repair', write],
    ['POST /api/serial-units/repairs', write],
    ['GET /api/repairs', read],
    ['GET /api/customers/:id/installed-units', read],
  ];
  for (const [route, roles] of expected) {
    assert.ok(keys.includes(route), `${route} is in the route table`);
    const entry = t.app.routeTable.find((r) => `${r.method} ${r.url}` === route)!;
    assert.deepEqual([...entry.roles].sort(), [...roles].sort(), route);
  }
});
