import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedInAs, testAppWith, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let admin: Credentials;
let dispatcher: Credentials;
let supervisor: Credentials;
before(async () => ({ t, fx: { admin, dispatcher, supervisor } } = await testAppWith(signedInAs('admin', 'dispatcher', 'supervisor'))));
after(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, payload?: object, who: Credentials = admin, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload ? { payload } : {}) });
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function family(name: string) {
  const res = await call('POST', '/api/catalog/families', { name });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string; name: string; sortOrder: number; version: number };
}

const anItem = (familyId: string, overrides: object = {}) => ({
  familyId,
  kind: 'part',
  reference: `ref-${crypto.randomUUID().slice(0, 8)}`,
  name: 'Circulateur Grundfos Alpha2',
  description: 'Pompe de circulation / Circulation pump',
  unit: 'unit',
  unitPriceCents: 18950,
  taxRateBp: 2000,
  isSerialized: false,
  isStockTracked: true,
  ...overrides,
});

async function item(familyId: string, overrides: object = {}) {
  const res = await call('POST', '/api/catalog/items', anItem(familyId, overrides));
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string; reference: string; version: number; isSerialized: boolean };
}

const auditOf = (entityId: string) =>
  t.db.selectFrom('auditLog').selectAll().where('entityId', '=', entityId).orderBy('occurredAt').execute();

describe('families', () => {
  test('create → 201 placed last, ETag and Location; listed in order with item counts; audited', async () => {
    const first = await family('Robinetterie / Valves');
    const second = await family('Pompes / Pumps');
    assert.ok(second.sortOrder > first.sortOrder, 'a new family goes last');
    await item(second.id);
    await item(second.id, { isActive: false });

    const res = await call('POST', '/api/catalog/families', { name: 'Filtres / Filters' });
    assert.equal(res.headers.etag, '"1"');
    assert.equal(res.headers.location, `/api/catalog/families/${res.json().id}`);

    const list = await call('GET', '/api/catalog/families', undefined, supervisor);
    assert.equal(list.statusCode, 200);
    const families = list.json().items as { id: string; name: string; itemCount: number }[];
    const names = families.map((f) => f.name);
    assert.ok(names.indexOf('Robinetterie / Valves') < names.indexOf('Pompes / Pumps'));
    assert.equal(families.find((f) => f.id === second.id)!.itemCount, 2, 'inactive items count too');
    assert.equal(families.find((f) => f.id === first.id)!.itemCount, 0);

    const audit = await auditOf(first.id);
    assert.equal(audit[0]!.action, 'create');
    assert.equal(audit[0]!.entityType, 'catalog_family');
    assert.equal(audit[0]!.actorId, admin.user.id);
  });

  test('a name already used (ignoring case and accents) → 409 family_name_taken', async () => {
    await family('Électricité');
    const res = await call('POST', '/api/catalog/families', { name: 'electricite' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'family_name_taken');
  });

  test('rename with If-Match → new version; stale version → 412; no If-Match → 428; unknown field → 400', async () => {
    const f = await family('Old name');
    const renamed = await call('PATCH', `/api/catalog/families/${f.id}`, { name: 'New name' }, admin, ifMatch(1));
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().name, 'New name');
    assert.equal(renamed.json().version, 2);
    assert.equal(renamed.headers.etag, '"2"');

    const stale = await call('PATCH', `/api/catalog/families/${f.id}`, { name: 'Lost update' }, admin, ifMatch(1));
    assert.equal(stale.statusCode, 412);
    assert.equal(stale.json().error.code, 'version_mismatch');
    assert.equal((await call('PATCH', `/api/catalog/families/${f.id}`, { name: 'x' })).statusCode, 428);
    const unknown = await call('PATCH', `/api/catalog/families/${f.id}`, { name: 'x', colour: 'red' }, admin, ifMatch(2));
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.details.issues[0].path, 'colour');
    const empty = await call('PATCH', `/api/catalog/families/${f.id}`, {}, admin, ifMatch(2));
    assert.equal(empty.statusCode, 400, 'a name or a position is needed');

    const audit = await auditOf(f.id);
    assert.deepEqual(JSON.parse(audit.at(-1)!.changes).name, { before: 'Old name', after: 'New name' });
  });

  test('move to a position: the list is renumbered in the new order', async () => {
    const list = async () => ((await call('GET', '/api/catalog/families')).json().items as { id: string; version: number }[]);
    const before = await list();
    const last = before.at(-1)!;
    const moved = await call('PATCH', `/api/catalog/families/${last.id}`, { position: 0 }, admin, ifMatch(last.version));
    assert.equal(moved.statusCode, 200, moved.body);
    const after = await list();
    assert.deepEqual(after.map((f) => f.id), [last.id, ...before.slice(0, -1).map((f) => f.id)]);

    const second = after[1]!;
    const back = await call('PATCH', `/api/catalog/families/${second.id}`, { position: 99 }, admin, ifMatch(second.version));
    assert.equal(back.statusCode, 200);
    assert.equal((await list()).at(-1)!.id, second.id, 'a position past the end means last');
    const orders = ((await call('GET', '/api/catalog/families')).json().items as { sortOrder: number }[]).map((f) => f.sortOrder);
    assert.deepEqual(orders, [...orders].sort((a, b) => a - b));
    assert.equal(new Set(orders).size, orders.length, 'no two families share an order');
  });

  test('delete: a family with items → 409 family_not_empty; an empty one → 204, then 404', async () => {
    const full = await family('Has items');
    await item(full.id);
    const refused = await call('DELETE', `/api/catalog/families/${full.id}`);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'family_not_empty');
    assert.equal(refused.json().error.details.itemCount, 1);

    const empty = await family('Empty one');
    assert.equal((await call('DELETE', `/api/catalog/families/${empty.id}`, undefined, admin, ifMatch(7))).statusCode, 412);
    const deleted = await call('DELETE', `/api/catalog/families/${empty.id}`, undefined, admin, ifMatch(1));
    assert.equal(deleted.statusCode, 204);
    assert.equal((await call('DELETE', `/api/catalog/families/${empty.id}`)).statusCode, 404);
    const audit = await auditOf(empty.id);
    assert.equal(audit.at(-1)!.action, 'delete');
  });

  test('dispatchers and supervisors read families but cannot change them', async () => {
    const f = await family('Read only here');
    for (const who of [dispatcher, supervisor]) {
      assert.equal((await call('GET', '/api/catalog/families', undefined, who)).statusCode, 200);
      assert.equal((await call('POST', '/api/catalog/families', { name: 'Nope' }, who)).statusCode, 403);
      assert.equal((await call('PATCH', `/api/catalog/families/${f.id}`, { name: 'Nope' }, who, ifMatch(1))).statusCode, 403);
      assert.equal((await call('DELETE', `/api/catalog/families/${f.id}`, undefined, who)).statusCode, 403);
    }
    assert.equal((await call('GET', '/api/catalog/families')).json().items.some((x: { name: string }) => x.name === 'Nope'), false);
  });
});

describe('items', () => {
  let familyId: string;
  before(async () => {
    familyId = (await family('Items family')).id;
  });

  test('create → 201 with the reference upper-cased, currency, counts; get → the same with ETag; audited', async () => {
    const res = await call('POST', '/api/catalog/items', anItem(familyId, { reference: ' prt-alpha-1 ', description: '' }));
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.equal(created.reference, 'PRT-ALPHA-1');
    assert.equal(created.familyName, 'Items family');
    assert.equal(created.currency, 'EUR');
    assert.equal(created.description, null, 'an empty description is none');
    assert.equal(created.isActive, true, 'active unless told otherwise');
    assert.equal(created.serialUnitCount, 0);
    assert.equal(created.stockQuantity, 0);
    assert.equal(res.headers.location, `/api/catalog/items/${created.id}`);

    const got = await call('GET', `/api/catalog/items/${created.id}`, undefined, supervisor);
    assert.equal(got.statusCode, 200);
    assert.deepEqual(got.json(), created);
    assert.equal(got.headers.etag, '"1"');

    const row = await t.db.selectFrom('catalogItems').select('searchName').where('id', '=', created.id).executeTakeFirstOrThrow();
    assert.equal(row.searchName, 'circulateur grundfos alpha2');
    const audit = await auditOf(created.id);
    assert.equal(audit.length, 1);
    assert.deepEqual(JSON.parse(audit[0]!.changes).reference, { before: null, after: 'PRT-ALPHA-1' });
  });

  test('a reference already used (any case) → 409 reference_taken; an invalid one → 400', async () => {
    await item(familyId, { reference: 'DUP-1' });
    const taken = await call('POST', '/api/catalog/items', anItem(familyId, { reference: 'dup-1' }));
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().error.code, 'reference_taken');
    for (const reference of ['', 'has space', 'x'.repeat(41), '-leading']) {
      const bad = await call('POST', '/api/catalog/items', anItem(familyId, { reference }));
      assert.equal(bad.statusCode, 400, reference);
      assert.equal(bad.json().error.details.issues[0].path, 'reference');
    }
  });

  test('two creations of one reference at the same moment: one 201, one 409', async () => {
    const both = await Promise.all([1, 2].map(() => call('POST', '/api/catalog/items', anItem(familyId, { reference: 'RACE-1' }))));
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [201, 409]);
  });

  test('a service cannot be serialized or stock-tracked; unknown family, unknown field, bad numbers → 400', async () => {
    const service = await call('POST', '/api/catalog/items', anItem(familyId, { kind: 'service', isSerialized: true, isStockTracked: true }));
    assert.equal(service.statusCode, 400);
    assert.deepEqual(service.json().error.details.issues.map((i: { path: string }) => i.path), ['isSerialized', 'isStockTracked']);

    const cases: [object, string][] = [
      [{ familyId: 'no-such-family' }, 'familyId'],
      [{ colour: 'red' }, 'colour'],
      [{ unitPriceCents: -1 }, 'unitPriceCents'],
      [{ unitPriceCents: 12.5 }, 'unitPriceCents'],
      [{ taxRateBp: 10_001 }, 'taxRateBp'],
      [{ unit: 'gallon' }, 'unit'],
      [{ name: 'Pump <script>' }, 'name'],
    ];
    for (const [overrides, path] of cases) {
      const res = await call('POST', '/api/catalog/items', anItem(familyId, overrides));
      assert.equal(res.statusCode, 400, `${path}: ${res.body}`);
      assert.equal(res.json().error.details.issues[0].path, path);
    }
  });

  test('update with If-Match: fields sent change, others kept; search name follows; stale → 412; 428 without', async () => {
    const created = await item(familyId, { name: 'Vanne 3 voies' });
    const res = await call('PATCH', `/api/catalog/items/${created.id}`, { name: 'Vanne À 4 voies', unitPriceCents: 9900 }, admin, ifMatch(1));
    assert.equal(res.statusCode, 200, res.body);
    const updated = res.json();
    assert.equal(updated.version, 2);
    assert.equal(updated.name, 'Vanne À 4 voies');
    assert.equal(updated.taxRateBp, 2000, 'kept');
    assert.equal(res.headers.etag, '"2"');
    const row = await t.db.selectFrom('catalogItems').select('searchName').where('id', '=', created.id).executeTakeFirstOrThrow();
    assert.equal(row.searchName, 'vanne a 4 voies');

    const changes = JSON.parse((await auditOf(created.id)).at(-1)!.changes);
    assert.deepEqual(changes.unitPriceCents, { before: 18950, after: 9900 });
    assert.equal(changes.taxRateBp, undefined, 'unchanged fields are not in the diff');

    const stale = await call('PATCH', `/api/catalog/items/${created.id}`, { name: 'Lost' }, admin, ifMatch(1));
    assert.equal(stale.statusCode, 412);
    assert.equal((await call('PATCH', `/api/catalog/items/${created.id}`, { name: 'x' })).statusCode, 428);
    assert.equal((await call('GET', `/api/catalog/items/${created.id}`)).json().name, 'Vanne À 4 voies');
  });

  test('changing a part into a service keeps the flag rule (400); moving to another family works', async () => {
    const created = await item(familyId, { isStockTracked: true });
    const toService = await call('PATCH', `/api/catalog/items/${created.id}`, { kind: 'service' }, admin, ifMatch(1));
    assert.equal(toService.statusCode, 400);
    const other = await family('Other family');
    const moved = await call('PATCH', `/api/catalog/items/${created.id}`, { familyId: other.id }, admin, ifMatch(1));
    assert.equal(moved.statusCode, 200);
    assert.equal(moved.json().familyName, 'Other family');
  });

  test('serialized cannot change once serial units exist → 409 item_has_serial_units', async () => {
    const created = await item(familyId, { isSerialized: true });
    const now = new Date().toISOString();
    await t.db
      .insertInto('serialUnits')
      .values({ id: crypto.randomUUID(), itemId: created.id, serial: 'SN-0001', status: 'ok', depotId: null, customerId: null, siteId: null, lastJobId: null, createdAt: now, updatedAt: now, version: 1 })
      .execute();
    assert.equal((await call('GET', `/api/catalog/items/${created.id}`)).json().serialUnitCount, 1);
    const res = await call('PATCH', `/api/catalog/items/${created.id}`, { isSerialized: false }, admin, ifMatch(1));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'item_has_serial_units');
    const other = await call('PATCH', `/api/catalog/items/${created.id}`, { unitPriceCents: 1 }, admin, ifMatch(1));
    assert.equal(other.statusCode, 200, 'other fields still change');
  });

  test('stock tracking cannot stop while depots hold stock → 409 item_has_stock', async () => {
    const created = await item(familyId, { isStockTracked: true });
    const now = new Date().toISOString();
    const depotId = crypto.randomUUID();
    await t.db.insertInto('depots').values({ id: depotId, name: 'Main', kind: 'main', ownerId: null, createdAt: now, version: 1 }).execute();
    await t.db.insertInto('stockLevels').values({ depotId, itemId: created.id, quantityMilli: 3000, updatedAt: now }).execute();
    const res = await call('PATCH', `/api/catalog/items/${created.id}`, { isStockTracked: false }, admin, ifMatch(1));
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'item_has_stock');
    assert.equal(res.json().error.details.stockQuantity, 3);
  });

  test('a family with items cannot lose them by deletion; unknown item → 404', async () => {
    assert.equal((await call('GET', '/api/catalog/items/nope')).statusCode, 404);
    assert.equal((await call('PATCH', '/api/catalog/items/nope', { name: 'x' }, admin, ifMatch(1))).statusCode, 404);
    assert.equal((await call('DELETE', `/api/catalog/families/${familyId}`)).statusCode, 409);
  });

  test('dispatchers and supervisors read items but cannot create or change them', async () => {
    const created = await item(familyId);
    for (const who of [dispatcher, supervisor]) {
      assert.equal((await call('GET', `/api/catalog/items/${created.id}`, undefined, who)).statusCode, 200);
      assert.equal((await call('GET', '/api/catalog/items', undefined, who)).statusCode, 200);
      assert.equal((await call('POST', '/api/catalog/items', anItem(familyId), who)).statusCode, 403);
      const patch = await call('PATCH', `/api/catalog/items/${created.id}`, { name: 'Nope' }, who, ifMatch(1));
      assert.equal(patch.statusCode, 403);
    }
    assert.equal((await call('GET', `/api/catalog/items/${created.id}`)).json().version, 1, 'nothing changed');
  });
});
