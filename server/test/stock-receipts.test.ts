import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { countRows, seedParts, type PartsFixture } from './helpers/depots';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let parts: PartsFixture;
let dispatcher: Credentials;
let supervisor: Credentials;
before(async () => {
  t = await createTestApp();
  parts = await seedParts(t.db);
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher', displayName: 'Dana Dispatch' }));
  supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
});
after(() => t.close());

const receive = (payload: object, depotId = parts.mainDepotId, who = dispatcher) =>
  t.app.inject({ method: 'POST', url: `/api/depots/${depotId}/receipts`, headers: who.headers, payload });
const stock = async (query = '', depotId = parts.mainDepotId) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/depots/${depotId}/stock${query}`, headers: supervisor.headers });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { items: { item: { id: string; name: string; unit: string }; quantity: number }[]; total: number; nextCursor: string | null };
};
const everything = async () => Promise.all((['serialUnits', 'stockMovements', 'stockLevels', 'auditLog'] as const).map((table) => countRows(t.db, table)));

describe('receipts', () => {
  test('quantities and serials → 201; stock added, units OK in the depot, one movement each, one audit row', async () => {
    const auditBefore = await countRows(t.db, 'auditLog');
    const res = await receive({
      lines: [
        { itemId: parts.cable, quantity: 50.5 },
        { itemId: parts.boiler, serials: [' rcv-001 ', 'RCV-002', 'RCV-003'] },
      ],
      note: 'Delivery 42',
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json(), { movements: 4, unitsCreated: 3 });
    const again = await receive({ lines: [{ itemId: parts.cable, quantity: 4.5 }] });
    assert.deepEqual(again.json(), { movements: 1, unitsCreated: 0 });

    const cable = (await stock()).items.find((l) => l.item.id === parts.cable)!;
    assert.equal(cable.quantity, 55);
    assert.equal(cable.item.unit, 'metre');
    const units = await t.db.selectFrom('serialUnits').selectAll().where('itemId', '=', parts.boiler).orderBy('serial').execute();
    assert.deepEqual(units.map((u) => [u.serial, u.status, u.depotId]), [
      ['RCV-001', 'ok', parts.mainDepotId],
      ['RCV-002', 'ok', parts.mainDepotId],
      ['RCV-003', 'ok', parts.mainDepotId],
    ]);
    const movements = await t.db.selectFrom('stockMovements').selectAll().where('serialUnitId', '=', units[0]!.id).execute();
    assert.equal(movements.length, 1);
    assert.deepEqual([movements[0]!.kind, movements[0]!.toDepotId, movements[0]!.actorId, movements[0]!.note], ['receipt', parts.mainDepotId, dispatcher.user.id, 'Delivery 42']);
    assert.equal((await countRows(t.db, 'auditLog')) - auditBefore, 2);
  });

  test('one bad line among good ones → 422 receipt_rejected naming it, and nothing is written', async () => {
    const before = await everything();
    const res = await receive({
      lines: [
        { itemId: parts.filter, quantity: 10 },
        { itemId: parts.controller, serials: ['CTL-OK-1', 'CTL-OK-2'] },
        { itemId: parts.labour, quantity: 3 },
      ],
    });
    assert.equal(res.statusCode, 422);
    const error = res.json().error;
    assert.equal(error.code, 'receipt_rejected');
    assert.deepEqual(error.details.lines, [
      { line: 3, requestLine: 3, itemId: parts.labour, code: 'not_stock_tracked', message: 'This item is not stock-tracked.' },
    ]);
    assert.deepEqual(await everything(), before);
  });

  test('duplicates in the request and already-known serials are reported line by line', async () => {
    await receive({ lines: [{ itemId: parts.controller, serials: ['KNOWN-1', 'KNOWN-2'] }] });
    const before = await everything();
    const res = await receive({
      lines: [
        { itemId: parts.controller, serials: ['NEW-1', 'known-1', 'NEW-2', 'new-1', 'bad serial!', 'KNOWN-2'] },
        // The same serial for another item is another unit: fine.
        { itemId: parts.boiler, serials: ['KNOWN-1'] },
      ],
    });
    assert.equal(res.statusCode, 422);
    const lines = res.json().error.details.lines.map((p: { line: number; requestLine: number; serial: string; code: string }) => [p.requestLine, p.line, p.serial, p.code]);
    assert.deepEqual(lines, [
      [1, 2, 'known-1', 'already_known'],
      [1, 4, 'new-1', 'duplicate_in_request'],
      [1, 5, 'bad serial!', 'invalid_serial'],
      [1, 6, 'KNOWN-2', 'already_known'],
    ]);
    assert.deepEqual(await everything(), before);
  });

  test('two receipts of one serial at the same moment: one 201, the other 422 already_known', async () => {
    const send = () => receive({ lines: [{ itemId: parts.boiler, serials: ['RACE-1'] }] });
    const answers = await Promise.all([send(), send()]);
    assert.deepEqual(answers.map((r) => r.statusCode).sort(), [201, 422]);
    const refused = answers.find((r) => r.statusCode === 422)!;
    assert.equal(refused.json().error.details.lines[0].code, 'already_known');
    const units = await t.db.selectFrom('serialUnits').select('id').where('serial', '=', 'RACE-1').execute();
    assert.equal(units.length, 1);
  });

  test('a serial repeated across two lines of one item is a duplicate', async () => {
    const res = await receive({ lines: [{ itemId: parts.boiler, serials: ['TWICE-1'] }, { itemId: parts.boiler, serials: ['TWICE-1'] }] });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().error.details.lines.map((p: { requestLine: number; line: number; code: string }) => [p.requestLine, p.line, p.code]), [[2, 1, 'duplicate_in_request']]);
  });

  test('line kinds must match the item: serials for serialized, quantities otherwise; unknown items', async () => {
    const res = await receive({
      lines: [
        { itemId: parts.boiler, quantity: 2 },
        { itemId: parts.cable, serials: ['CAB-1'] },
        { itemId: 'no-such-item', quantity: 1 },
      ],
    });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(res.json().error.details.lines.map((p: { line: number; code: string }) => [p.line, p.code]), [
      [1, 'serialized_needs_serials'],
      [2, 'not_serialized'],
      [3, 'unknown_item'],
    ]);
  });

  test('bad shapes are 400, never a 500: no lines, zero or negative quantity, both kinds on a line, unknown fields', async () => {
    for (const payload of [
      { lines: [] },
      { lines: [{ itemId: parts.cable, quantity: 0 }] },
      { lines: [{ itemId: parts.cable, quantity: -3 }] },
      { lines: [{ itemId: parts.boiler, serials: [] }] },
      { lines: [{ itemId: parts.boiler, serials: ['A'], quantity: 1 }] },
      { lines: [{ itemId: parts.cable, quantity: 1 }], extra: true },
      { lines: [{ itemId: parts.cable, quantity: 1 }], note: '<script>' },
    ]) {
      const res = await receive(payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.equal(res.json().error.code, 'invalid_input');
    }
  });

  test('an unknown depot → 404; a supervisor may not receive (403)', async () => {
    assert.equal((await receive({ lines: [{ itemId: parts.cable, quantity: 1 }] }, 'nope')).statusCode, 404);
    assert.equal((await receive({ lines: [{ itemId: parts.cable, quantity: 1 }] }, parts.mainDepotId, supervisor)).statusCode, 403);
  });
});

describe('stock page', () => {
  test('lines by item name with keyset pages; q matches the beginning of the name or of the reference', async () => {
    await receive({ lines: [{ itemId: parts.filter, quantity: 3 }] });
    const all = await stock();
    assert.deepEqual(all.items.map((l) => l.item.name), ['Cable 3G2.5', 'Filter cartridge']);
    assert.equal(all.total, 2);
    const first = await stock('?limit=1');
    assert.equal(first.items[0]!.item.name, 'Cable 3G2.5');
    assert.ok(first.nextCursor);
    const second = await stock(`?limit=1&cursor=${first.nextCursor}`);
    assert.deepEqual(second.items.map((l) => l.item.name), ['Filter cartridge']);
    assert.equal(second.nextCursor, null);
    assert.deepEqual((await stock('?q=filt')).items.map((l) => l.item.name), ['Filter cartridge']);
    assert.deepEqual((await stock('?q=cab')).items.map((l) => l.item.name), ['Cable 3G2.5']);
    assert.equal((await stock('?q=zzz')).total, 0);
  });

  test('a tampered cursor → 400; an unknown depot → 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/depots/${parts.mainDepotId}/stock?cursor=bad`, headers: supervisor.headers });
    assert.equal(res.statusCode, 400);
    const missing = await t.app.inject({ method: 'GET', url: '/api/depots/nope/stock', headers: supervisor.headers });
    assert.equal(missing.statusCode, 404);
  });
});
