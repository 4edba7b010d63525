import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { StockShortfall, StockShortfallPage } from '@contract';
import { aFieldJob, setSettings } from './helpers/field';
import { endJob, expectStatus, invoicingFixture, onJob, setStock, stockOf, type InvoicingFixture } from './helpers/field-invoicing';
import { createTestApp, signInEveryRole, type Credentials, type TestApp } from './helpers/test-app';

/**
 * Stock shortfalls (issue 14 §4): a part the van does not hold is accepted — records lag behind
 * vans — and the line carries what is missing; the job's end fixes it and floors the van at 0;
 * the office lists a period's shortfalls and settles each once, audited. A setting refuses them.
 */
let t: TestApp;
let f: InvoicingFixture;
let roles: Record<'admin' | 'dispatcher' | 'supervisor' | 'technician', Credentials>;
let started: string;

before(async () => {
  t = await createTestApp();
  f = await invoicingFixture(t);
  roles = await signInEveryRole(t.app, t.db);
  started = new Date().toISOString();
});
after(() => t.close());

const addLine = (body: unknown, jobId = f.job.id) => onJob(f, f.manager, 'POST', '/items', body, undefined, jobId);
const office = (role: keyof typeof roles, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: roles[role].headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const list = async (query: string) => {
  const res = await office('dispatcher', 'GET', `/api/stock-shortfalls?${query}`);
  expectStatus(res, 200);
  return res.json() as StockShortfallPage;
};

describe('a line the van does not hold', () => {
  test("is accepted with its shortfall, net of the technician's other open lines of the item; an edit recomputes it", async () => {
    await setStock(t.db, f.manager.vanId, f.parts.filter, 4);
    const first = await addLine({ itemId: f.parts.filter, quantity: 3 });
    expectStatus(first, 201);
    assert.equal(first.json().line.shortfall, 0);

    const other = await aFieldJob(t.db, f, { status: 'started', actualStart: new Date().toISOString() });
    const second = await addLine({ itemId: f.parts.filter, quantity: 3 }, other.id);
    expectStatus(second, 201);
    assert.equal(second.json().line.shortfall, 2, 'the van holds 4, 3 are already on an open line');

    const edited = await onJob(f, f.manager, 'PATCH', `/items/${second.json().line.id}`, { quantity: 1 }, undefined, other.id);
    expectStatus(edited, 200);
    assert.equal(edited.json().line.shortfall, 0);
    expectStatus(await onJob(f, f.manager, 'DELETE', `/items/${second.json().line.id}`, undefined, undefined, other.id), 204);
  });

  test('shows on the job the office reads; a service or a serialized part never has one', async () => {
    await setStock(t.db, f.manager.vanId, f.parts.cable, 1);
    const cable = await addLine({ itemId: f.parts.cable, quantity: 3.5 });
    expectStatus(cable, 201);
    assert.equal(cable.json().line.shortfall, 2.5);
    const labour = await addLine({ itemId: f.parts.labour, quantity: 2 });
    assert.equal(labour.json().line.shortfall, 0);

    const job = await office('dispatcher', 'GET', `/api/jobs/${f.job.id}`);
    expectStatus(job, 200);
    const lines = job.json().report.items as { itemId: string; shortfall: number; shortfallResolution: string | null }[];
    assert.deepEqual(
      lines.find((l) => l.itemId === f.parts.cable),
      { ...lines.find((l) => l.itemId === f.parts.cable), shortfall: 2.5, shortfallResolution: null },
    );
  });

  test('is refused with 422 not_in_van_stock while the setting says so; a line the van holds still goes through', async () => {
    await setSettings(t.db, { refuseLinesNotInVanStock: true });
    try {
      const refused = await addLine({ itemId: f.parts.cable, quantity: 1 });
      expectStatus(refused, 422, 'not_in_van_stock');
      assert.deepEqual(refused.json().error.details, { itemId: f.parts.cable, available: 0, shortfall: 1 });
      await setStock(t.db, f.manager.vanId, f.parts.controller, 0);
      await setStock(t.db, f.manager.vanId, f.parts.filter, 10);
      expectStatus(await addLine({ itemId: f.parts.filter, quantity: 1 }), 201);
    } finally {
      await setSettings(t.db, { refuseLinesNotInVanStock: false });
    }
  });
});

describe('at the end of the job', () => {
  before(async () => {
    await setStock(t.db, f.manager.vanId, f.parts.cable, 1);
    expectStatus(await endJob(f), 200);
  });

  test('the van is floored at 0, the line keeps what was missing and the movement records it', async () => {
    assert.equal(await stockOf(t.db, f.manager.vanId, f.parts.cable), 0);
    const line = await t.db.selectFrom('jobItems').selectAll().where('jobId', '=', f.job.id).where('itemId', '=', f.parts.cable).executeTakeFirstOrThrow();
    assert.equal(Number(line.shortfallMilli), 2500);
    assert.equal(line.shortfallDepotId, f.manager.vanId);
    const movement = await t.db.selectFrom('stockMovements').selectAll().where('jobId', '=', f.job.id).where('itemId', '=', f.parts.cable).executeTakeFirstOrThrow();
    assert.deepEqual([Number(movement.quantityMilli), Number(movement.shortfallMilli)], [1000, 2500]);
  });

  test("the office lists the period's shortfalls (open, newest first, keyset pages) and a technician may not", async () => {
    const page = await list(`from=${started}&to=${new Date(Date.now() + 60_000).toISOString()}&state=open`);
    assert.equal(page.total, 1);
    const [cable] = page.items;
    assert.equal(cable?.item.id, f.parts.cable);
    assert.deepEqual([cable?.quantity, cable?.shortfall, cable?.depot?.id, cable?.job.id, cable?.resolution], [3.5, 2.5, f.manager.vanId, f.job.id, null]);
    assert.equal((await list(`to=${started}`)).total, 0, 'nothing before the period');
    assert.equal((await list('state=resolved')).total, 0);
    expectStatus(await office('technician', 'GET', '/api/stock-shortfalls'), 403);
    expectStatus(await office('dispatcher', 'GET', '/api/stock-shortfalls?from=2026-01-02T00:00:00.000Z&to=2026-01-01T00:00:00.000Z'), 400);
    expectStatus(await office('dispatcher', 'GET', '/api/stock-shortfalls?cursor=nonsense'), 400);
  });

  test('is settled once by a stock adjustment, audited: taken from the main depot lowers its stock', async () => {
    const [cable] = (await list('state=open')).items as [StockShortfall];
    const url = `/api/stock-shortfalls/${cable.id}/resolve`;
    expectStatus(await office('technician', 'POST', url, { resolution: 'written_off' }), 403);
    expectStatus(await office('supervisor', 'POST', url, { resolution: 'written_off' }), 403);
    expectStatus(await office('dispatcher', 'POST', url, { resolution: 'taken_from_depot' }), 400, 'depot_required');
    expectStatus(await office('dispatcher', 'POST', url, { resolution: 'taken_from_depot', depotId: f.parts.mainDepotId }), 409, 'insufficient_stock');
    await setStock(t.db, f.parts.mainDepotId, f.parts.cable, 10);

    const res = await office('dispatcher', 'POST', url, { resolution: 'taken_from_depot', depotId: f.parts.mainDepotId, note: 'Picked up on Monday' });
    expectStatus(res, 200);
    const settled = res.json() as StockShortfall;
    assert.equal(settled.resolution?.resolution, 'taken_from_depot');
    assert.equal(settled.resolution?.depot?.id, f.parts.mainDepotId);
    assert.equal(settled.resolution?.resolvedBy?.id, roles.dispatcher.user.id);
    assert.equal(await stockOf(t.db, f.parts.mainDepotId, f.parts.cable), 7.5);
    assert.equal(await stockOf(t.db, f.manager.vanId, f.parts.cable), 0, "the van's level stays as the end left it");

    const adjustment = await t.db.selectFrom('stockMovements').selectAll().where('kind', '=', 'adjustment').where('jobId', '=', f.job.id).executeTakeFirstOrThrow();
    assert.deepEqual([Number(adjustment.quantityMilli), adjustment.fromDepotId, adjustment.actorId], [2500, f.parts.mainDepotId, roles.dispatcher.user.id]);
    // Said in the reader's language from its key; the English text keeps what the dispatcher typed.
    assert.deepEqual(
      [adjustment.noteKey, JSON.parse(adjustment.noteParams ?? 'null'), adjustment.note],
      ['shortfall_settled_taken_from_depot', { job: f.job.number, comment: 'Picked up on Monday' }, `Stock shortfall of job ${f.job.number} settled: taken from another depot without a transfer — Picked up on Monday`],
    );
    const audit = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', cable.id).where('action', '=', 'resolve_shortfall').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.actorId, roles.dispatcher.user.id);

    expectStatus(await office('admin', 'POST', url, { resolution: 'written_off' }), 409, 'shortfall_already_resolved');
    assert.equal((await list('state=resolved')).total, 1);
    assert.equal((await list('state=open')).total, 0);
    const job = await office('dispatcher', 'GET', `/api/jobs/${f.job.id}`);
    assert.equal((job.json().report.items as { itemId: string; shortfallResolution: string | null }[]).find((l) => l.itemId === f.parts.cable)?.shortfallResolution, 'taken_from_depot');
  });

  test('a line without a shortfall, or unknown, is no shortfall (404)', async () => {
    const filter = await t.db.selectFrom('jobItems').select('id').where('jobId', '=', f.job.id).where('itemId', '=', f.parts.filter).executeTakeFirstOrThrow();
    expectStatus(await office('admin', 'POST', `/api/stock-shortfalls/${filter.id}/resolve`, { resolution: 'written_off' }), 404);
    expectStatus(await office('admin', 'POST', `/api/stock-shortfalls/${crypto.randomUUID()}/resolve`, { resolution: 'van_count_corrected' }), 404);
  });
});
