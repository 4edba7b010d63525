import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fromMilli } from '@contract';
import { aVan, countRows, seedParts, type PartsFixture } from './helpers/depots';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let parts: PartsFixture;
let dispatcher: Credentials;
let vanA: string;
let vanB: string;
before(async () => {
  t = await createTestApp();
  parts = await seedParts(t.db);
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  vanA = await aVan(t.db, (await createUser(t.db, { role: 'technician' })).id, 'Van A');
  vanB = await aVan(t.db, (await createUser(t.db, { role: 'technician' })).id, 'Van B');
});
after(() => t.close());

const transfer = (payload: object, who = dispatcher) => t.app.inject({ method: 'POST', url: '/api/stock-transfers', headers: who.headers, payload });
const receive = async (lines: object[], depotId = parts.mainDepotId) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/depots/${depotId}/receipts`, headers: dispatcher.headers, payload: { lines } });
  assert.equal(res.statusCode, 201, res.body);
};
const quantity = async (depotId: string, itemId: string) => {
  const row = await t.db.selectFrom('stockLevels').select('quantityMilli').where('depotId', '=', depotId).where('itemId', '=', itemId).executeTakeFirst();
  return fromMilli(row?.quantityMilli ?? 0);
};
const unitOf = (serial: string) => t.db.selectFrom('serialUnits').selectAll().where('serial', '=', serial).executeTakeFirstOrThrow();
const setStatus = (id: string, status: 'needs_repair' | 'obsolete' | 'installed') =>
  t.db.updateTable('serialUnits').set({ status }).where('id', '=', id).execute();
const errorOf = (res: { json(): unknown }) => (res.json() as { error: { code: string; details?: Record<string, unknown> } }).error;

describe('quantities', () => {
  test('moved from one depot to another, a transfer movement per line, one audit row', async () => {
    await receive([{ itemId: parts.cable, quantity: 100 }, { itemId: parts.filter, quantity: 10 }]);
    const movementsBefore = await countRows(t.db, 'stockMovements');
    const res = await transfer({ fromDepotId: parts.mainDepotId, toDepotId: vanA, lines: [{ itemId: parts.cable, quantity: 25.5 }, { itemId: parts.filter, quantity: 4 }], note: 'Monday load' });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json(), { movements: 2 });
    assert.equal(await quantity(parts.mainDepotId, parts.cable), 74.5);
    assert.equal(await quantity(vanA, parts.cable), 25.5);
    assert.equal(await quantity(vanA, parts.filter), 4);
    assert.equal((await countRows(t.db, 'stockMovements')) - movementsBefore, 2);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('action', '=', 'transfer').execute();
    assert.equal(audit.length, 1);
  });

  test('more than available → 409 insufficient_stock with the available quantity; nothing moves', async () => {
    const before = [await quantity(vanA, parts.filter), await quantity(vanB, parts.filter), await quantity(vanA, parts.cable)];
    const res = await transfer({ fromDepotId: vanA, toDepotId: vanB, lines: [{ itemId: parts.cable, quantity: 1 }, { itemId: parts.filter, quantity: 5 }] });
    assert.equal(res.statusCode, 409);
    assert.equal(errorOf(res).code, 'insufficient_stock');
    assert.deepEqual(errorOf(res).details, { itemId: parts.filter, depotId: vanA, available: 4, wanted: 5 });
    assert.deepEqual([await quantity(vanA, parts.filter), await quantity(vanB, parts.filter), await quantity(vanA, parts.cable)], before);
  });

  test('an item never held in the source depot: available 0', async () => {
    const res = await transfer({ fromDepotId: vanB, toDepotId: vanA, lines: [{ itemId: parts.cable, quantity: 1 }] });
    assert.equal(res.statusCode, 409);
    assert.equal(errorOf(res).details!.available, 0);
  });

  test('two withdrawals that together exceed the stock: one 201, one 409', async () => {
    await receive([{ itemId: parts.filter, quantity: 10 }], vanB);
    const take = () => transfer({ fromDepotId: vanB, toDepotId: parts.mainDepotId, lines: [{ itemId: parts.filter, quantity: 8 }] });
    const answers = await Promise.all([take(), take()]);
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [201, 409]);
    assert.equal(await quantity(vanB, parts.filter), 2);
  });

  test('services and serialized items do not move as quantities (422)', async () => {
    const labour = await transfer({ fromDepotId: parts.mainDepotId, toDepotId: vanA, lines: [{ itemId: parts.labour, quantity: 1 }] });
    assert.equal(labour.statusCode, 422);
    assert.equal(errorOf(labour).code, 'not_stock_tracked');
    const boiler = await transfer({ fromDepotId: parts.mainDepotId, toDepotId: vanA, lines: [{ itemId: parts.boiler, quantity: 1 }] });
    assert.equal(errorOf(boiler).code, 'serialized_needs_serials');
  });
});

describe('serial units', () => {
  before(async () => {
    await receive([{ itemId: parts.boiler, serials: ['TRF-1', 'TRF-2', 'TRF-3', 'TRF-4', 'TRF-5', 'TRF-6'] }]);
  });

  test('units move to the van: depot changed, version bumped, a movement each', async () => {
    const [one, two] = [await unitOf('TRF-1'), await unitOf('TRF-2')];
    const res = await transfer({ fromDepotId: parts.mainDepotId, toDepotId: vanA, serialUnitIds: [one.id, two.id] });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json(), { movements: 2 });
    const moved = await unitOf('TRF-1');
    assert.equal(moved.depotId, vanA);
    assert.equal(moved.version, one.version + 1);
    const movements = await t.db.selectFrom('stockMovements').selectAll().where('serialUnitId', '=', one.id).orderBy('occurredAt').execute();
    assert.deepEqual(movements.map((m) => [m.kind, m.fromDepotId, m.toDepotId, m.statusAfter]), [
      ['receipt', null, parts.mainDepotId, 'ok'],
      ['transfer', parts.mainDepotId, vanA, 'ok'],
    ]);
  });

  test('a unit not in the source depot, unknown, or installed → 409 unit_not_available; nothing moves', async () => {
    const inVan = await unitOf('TRF-1');
    const free = await unitOf('TRF-3');
    const wrongPlace = await transfer({ fromDepotId: parts.mainDepotId, toDepotId: vanB, serialUnitIds: [free.id, inVan.id] });
    assert.equal(wrongPlace.statusCode, 409);
    assert.deepEqual(errorOf(wrongPlace), { code: 'unit_not_available', message: 'This unit is not available in the source depot.', details: { unitId: inVan.id } });
    assert.equal((await unitOf('TRF-3')).depotId, parts.mainDepotId, 'the good unit of the refused transfer stayed');
    const unknown = await transfer({ fromDepotId: parts.mainDepotId, toDepotId: vanB, serialUnitIds: ['nope'] });
    assert.equal(errorOf(unknown).code, 'unit_not_available');
    const installed = await unitOf('TRF-6');
    await setStatus(installed.id, 'installed');
    const res = await transfer({ fromDepotId: parts.mainDepotId, toDepotId: vanB, serialUnitIds: [installed.id] });
    assert.equal(res.statusCode, 409);
    await setStatus(installed.id, 'obsolete');
  });

  test('a unit needing repair or obsolete cannot go to a van (422 unit_not_usable) but may go back to the main depot', async () => {
    const broken = await unitOf('TRF-2');
    await setStatus(broken.id, 'needs_repair');
    const toVan = await transfer({ fromDepotId: vanA, toDepotId: vanB, serialUnitIds: [broken.id] });
    assert.equal(toVan.statusCode, 422);
    assert.deepEqual(errorOf(toVan).details, { unitId: broken.id, status: 'needs_repair' });
    const obsolete = await unitOf('TRF-6');
    assert.equal(errorOf(await transfer({ fromDepotId: parts.mainDepotId, toDepotId: vanB, serialUnitIds: [obsolete.id] })).code, 'unit_not_usable');

    const toMain = await transfer({ fromDepotId: vanA, toDepotId: parts.mainDepotId, serialUnitIds: [broken.id] });
    assert.equal(toMain.statusCode, 201, toMain.body);
    const back = await unitOf('TRF-2');
    assert.deepEqual([back.depotId, back.status], [parts.mainDepotId, 'needs_repair']);
    const last = await t.db.selectFrom('stockMovements').selectAll().where('serialUnitId', '=', broken.id).orderBy('occurredAt', 'desc').executeTakeFirstOrThrow();
    assert.equal(last.statusAfter, 'needs_repair');
  });

  test('two transfers of the same unit at the same moment: exactly one 201 and one 409', async () => {
    const unit = await unitOf('TRF-4');
    const send = (to: string) => transfer({ fromDepotId: parts.mainDepotId, toDepotId: to, serialUnitIds: [unit.id] });
    const movementsBefore = await countRows(t.db, 'stockMovements');
    const answers = await Promise.all([send(vanA), send(vanB)]);
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [201, 409]);
    const lost = answers.find((r) => r.statusCode === 409)!;
    assert.equal(errorOf(lost).code, 'unit_not_available');
    const winner = answers[0]!.statusCode === 201 ? vanA : vanB;
    assert.equal((await unitOf('TRF-4')).depotId, winner);
    assert.equal((await countRows(t.db, 'stockMovements')) - movementsBefore, 1);
  });
});

describe('refusals of the request itself', () => {
  test('same depot → 400 same_depot; nothing to move → 400; a unit listed twice → 400', async () => {
    const same = await transfer({ fromDepotId: vanA, toDepotId: vanA, lines: [{ itemId: parts.cable, quantity: 1 }] });
    assert.equal(same.statusCode, 400);
    assert.equal(errorOf(same).code, 'same_depot');
    const empty = await transfer({ fromDepotId: vanA, toDepotId: vanB });
    assert.equal(errorOf(empty).code, 'empty_transfer');
    const twice = await transfer({ fromDepotId: vanA, toDepotId: vanB, serialUnitIds: ['a', 'a'] });
    assert.equal(twice.statusCode, 400);
    assert.equal((twice.json() as { error: { details: { issues: { path: string }[] } } }).error.details.issues[0]!.path, 'serialUnitIds.1');
  });

  test('unknown depot → 404; unknown field → 400; a supervisor may not transfer (403)', async () => {
    assert.equal((await transfer({ fromDepotId: 'nope', toDepotId: vanB, lines: [{ itemId: parts.cable, quantity: 1 }] })).statusCode, 404);
    assert.equal((await transfer({ fromDepotId: vanA, toDepotId: vanB, lines: [], serialUnitIds: [], force: true })).statusCode, 400);
    const supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
    assert.equal((await transfer({ fromDepotId: vanA, toDepotId: vanB, lines: [{ itemId: parts.cable, quantity: 1 }] }, supervisor)).statusCode, 403);
  });
});
