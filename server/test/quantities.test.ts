import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Migrator, sql, type Migration } from 'kysely';
import { lineAmountCents, quantityProblem } from '@contract';
import { migrateToLatest } from '../src/db/migrate';
import { expectStatus, invoicingFixture, onJob, setStock, stockOf, type InvoicingFixture } from './helpers/field-invoicing';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';
import { createTestDb } from './helpers/test-db';

/**
 * Quantities follow the item's unit and are stored exactly (issue 14 §4): pieces and flat rates
 * whole, metres, litres, kilograms and hours two decimals, 10,000 per line at most — on job lines,
 * receipts and transfers — and a line's amount rounds half-up to the cent.
 */
let t: TestApp;
let f: InvoicingFixture;
let dispatcher: Credentials;

before(async () => {
  t = await createTestApp();
  f = await invoicingFixture(t);
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  await setStock(t.db, f.manager.vanId, f.parts.filter, 50);
  await setStock(t.db, f.manager.vanId, f.parts.cable, 50);
});
after(() => t.close());

const addLine = (body: unknown) => onJob(f, f.manager, 'POST', '/items', body);
const refusedQuantity = (res: Awaited<ReturnType<typeof addLine>>, path: string, message: RegExp) => {
  expectStatus(res, 400, 'invalid_quantity');
  const issue = res.json().error.details.issues[0];
  assert.equal(issue.path, path);
  assert.match(issue.message, message);
};

describe('job lines follow the unit of their item', () => {
  test('decimals on a piece are refused (400 naming the field), on a new line and on an edit', async () => {
    refusedQuantity(await addLine({ itemId: f.parts.filter, quantity: 1.5 }), 'quantity', /Pieces are counted in whole numbers/);
    const added = await addLine({ itemId: f.parts.filter, quantity: 2 });
    expectStatus(added, 201);
    refusedQuantity(await onJob(f, f.manager, 'PATCH', `/items/${added.json().line.id}`, { quantity: 2.25 }), 'quantity', /whole numbers/);
  });

  test('2.5 m is accepted, stored exactly and answered as 2.5; three decimals of a metre are not', async () => {
    const res = await addLine({ itemId: f.parts.cable, quantity: 2.5 });
    expectStatus(res, 201);
    assert.equal(res.json().line.quantity, 2.5);
    assert.equal(res.json().line.lineTotalCents, 2500, '2.5 m at 10.00 €');
    const row = await t.db.selectFrom('jobItems').select('quantityMilli').where('id', '=', res.json().line.id).executeTakeFirstOrThrow();
    assert.equal(Number(row.quantityMilli), 2500);
    refusedQuantity(await addLine({ itemId: f.parts.cable, quantity: 2.125 }), 'quantity', /At most 2 decimals/);
  });

  test('10,000 per line is the most; 10,001 is refused (400)', async () => {
    expectStatus(await addLine({ itemId: f.parts.labour, quantity: 10_000 }), 201);
    const res = await addLine({ itemId: f.parts.labour, quantity: 10_001 });
    assert.equal(res.statusCode, 400, res.body);
  });

  test("a line's amount is unit price × quantity rounded half-up to the cent (0.35 h at 0.90 € = 0.32 €, not 0.31 €)", async () => {
    await t.db.updateTable('catalogItems').set({ unitPriceCents: 90 }).where('id', '=', f.parts.labour).execute();
    const res = await addLine({ itemId: f.parts.labour, quantity: 0.35 });
    expectStatus(res, 201);
    assert.equal(res.json().line.lineTotalCents, 32);
    assert.equal(lineAmountCents(90, 350), 32);
    assert.equal(lineAmountCents(33, 1500), 50, '0.495 € rounds up');
    assert.equal(lineAmountCents(33, 1000), 33);
  });
});

describe('receipts and transfers follow the same rule', () => {
  const receive = (depotId: string, lines: unknown) =>
    t.app.inject({ method: 'POST', url: `/api/depots/${depotId}/receipts`, headers: dispatcher.headers, payload: { lines } });

  test('a receipt of 1.5 pieces is refused whole (400 naming the line); 12.75 m is received exactly', async () => {
    const res = await receive(f.parts.mainDepotId, [{ itemId: f.parts.cable, quantity: 12.75 }, { itemId: f.parts.filter, quantity: 1.5 }]);
    expectStatus(res, 400, 'invalid_quantity');
    assert.equal(res.json().error.details.issues[0].path, 'lines.1.quantity');
    assert.equal(await stockOf(t.db, f.parts.mainDepotId, f.parts.cable), 0, 'nothing was received');
    expectStatus(await receive(f.parts.mainDepotId, [{ itemId: f.parts.cable, quantity: 12.75 }]), 201);
    assert.equal(await stockOf(t.db, f.parts.mainDepotId, f.parts.cable), 12.75);
  });

  test('a transfer of 0.5 pieces is refused; 0.1 + 0.2 m moves exactly 0.3 m', async () => {
    await receive(f.parts.mainDepotId, [{ itemId: f.parts.filter, quantity: 4 }]);
    const transfer = (lines: unknown) =>
      t.app.inject({ method: 'POST', url: '/api/stock-transfers', headers: dispatcher.headers, payload: { fromDepotId: f.parts.mainDepotId, toDepotId: f.auxiliary.vanId, lines } });
    const refused = await transfer([{ itemId: f.parts.filter, quantity: 0.5 }]);
    expectStatus(refused, 400, 'invalid_quantity');
    assert.equal(refused.json().error.details.issues[0].path, 'lines.0.quantity');
    expectStatus(await transfer([{ itemId: f.parts.cable, quantity: 0.1 }]), 201);
    expectStatus(await transfer([{ itemId: f.parts.cable, quantity: 0.2 }]), 201);
    assert.equal(await stockOf(t.db, f.auxiliary.vanId, f.parts.cable), 0.3, 'no 0.30000000000000004');
    assert.equal(await stockOf(t.db, f.parts.mainDepotId, f.parts.cable), 12.45);
  });

  test('the rule itself: one table of units', () => {
    assert.equal(quantityProblem(2, 'unit'), null);
    assert.equal(quantityProblem(1, 'flat'), null);
    assert.equal(quantityProblem(1.5, 'flat'), 'too_many_decimals');
    assert.equal(quantityProblem(2.55, 'litre'), null, '2.55 is 2.5499999… as a double, still two decimals');
    assert.equal(quantityProblem(0.01, 'kg'), null);
    assert.equal(quantityProblem(0, 'kg'), 'not_positive');
    assert.equal(quantityProblem(10_000.5, 'hour'), 'too_large');
  });
});

describe('migration 0017 converts the quantities already recorded', () => {
  const folder = join(import.meta.dirname, '..', 'src', 'db', 'migrations');
  const TARGET = '0017_exact_quantities_and_shortfalls';

  test('doubles written before it become exact thousandths, and the app reads them back as decimals', async () => {
    const testDb = await createTestDb({ migrate: false });
    const db = testDb.handle.db.withoutPlugins();
    try {
      const earlier: Record<string, Migration> = {};
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && name < TARGET).sort()) {
        earlier[file.replace(/\.ts$/, '')] = (await import(join(folder, file))) as Migration;
      }
      const { error } = await new Migrator({ db, provider: { getMigrations: async () => earlier } }).migrateToLatest();
      assert.ifError(error);

      const at = new Date().toISOString();
      await sql`insert into users (id, email, password_hash, display_name, role, is_active, created_at, updated_at) values ('u1', 'a@b.test', 'x', 'Ann', 'technician', 1, ${at}, ${at})`.execute(db);
      await sql`insert into catalog_families (id, name, sort_order, created_at, updated_at, version) values ('fam', 'Pipes', 1, ${at}, ${at}, 1)`.execute(db);
      await sql`insert into catalog_items (id, family_id, kind, reference, name, search_name, unit, unit_price_cents, tax_rate_bp, is_serialized, is_stock_tracked, is_active, created_at, updated_at, version)
        values ('pipe', 'fam', 'part', 'PIPE', 'Pipe', 'pipe', 'metre', 1250, 2000, 0, 1, 1, ${at}, ${at}, 1)`.execute(db);
      await sql`insert into depots (id, name, kind, owner_id, created_at, version) values ('van', 'Van', 'van', 'u1', ${at}, 1)`.execute(db);
      await sql`insert into stock_levels (depot_id, item_id, quantity, updated_at) values ('van', 'pipe', ${0.1 + 0.2}, ${at})`.execute(db);
      await sql`insert into stock_movements (id, kind, item_id, quantity, to_depot_id, occurred_at) values ('m1', 'receipt', 'pipe', ${2.3}, 'van', ${at})`.execute(db);

      await migrateToLatest(testDb.handle.db);

      const level = await testDb.handle.db.selectFrom('stockLevels').select('quantityMilli').executeTakeFirstOrThrow();
      assert.equal(Number(level.quantityMilli), 300, '0.30000000000000004 becomes 300 thousandths');
      const movement = await testDb.handle.db.selectFrom('stockMovements').select(['quantityMilli', 'shortfallMilli']).executeTakeFirstOrThrow();
      assert.deepEqual([Number(movement.quantityMilli), Number(movement.shortfallMilli)], [2300, 0]);
      const columns =
        testDb.handle.kind === 'postgres'
          ? (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = 'stock_levels'`.execute(db)).rows
          : (await sql<{ name: string }>`select name from pragma_table_info('stock_levels')`.execute(db)).rows;
      assert.ok(!columns.some((c) => c.name === 'quantity'), 'the double column is gone: no reader can take it for the truth');
    } finally {
      await testDb.drop();
    }
  });
});
