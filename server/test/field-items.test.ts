import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aFieldJob, fieldRequest, setSettings } from './helpers/field';
import { aUnit, expectStatus, invoicingFixture, onJob, setStock, type InvoicingFixture } from './helpers/field-invoicing';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let f: InvoicingFixture;
before(async () => {
  t = await createTestApp();
  f = await invoicingFixture(t);
});
after(() => t.close());

const jobRow = () => t.db.selectFrom('jobs').select(['totalExclTaxCents', 'version']).where('id', '=', f.job.id).executeTakeFirstOrThrow();
const lineCount = async (jobId = f.job.id) =>
  Number((await t.db.selectFrom('jobItems').select((eb) => eb.fn.countAll().as('n')).where('jobId', '=', jobId).executeTakeFirstOrThrow()).n);
const setPrice = (itemId: string, unitPriceCents: number) => t.db.updateTable('catalogItems').set({ unitPriceCents }).where('id', '=', itemId).execute();
const catalog = (query: string, tech = f.manager) => t.app.inject(fieldRequest(tech, 'GET', `/api/field/catalog${query}`));

describe('the catalog from the van', () => {
  test("families, items by family, kind and name prefix; the caller's van stock and usable serials", async () => {
    await setStock(t.db, f.manager.vanId, f.parts.filter, 7);
    await aUnit(t.db, { itemId: f.parts.boiler, serial: 'CAT-OK-1', depotId: f.manager.vanId });
    await aUnit(t.db, { itemId: f.parts.boiler, serial: 'CAT-REP-1', status: 'needs_repair', depotId: f.manager.vanId });
    await aUnit(t.db, { itemId: f.parts.boiler, serial: 'CAT-AUX-1', depotId: f.auxiliary.vanId });

    const res = await catalog(`?familyId=${f.parts.familyId}&limit=50`);
    expectStatus(res, 200);
    const body = res.json();
    assert.ok(body.families.some((fam: { id: string }) => fam.id === f.parts.familyId));
    assert.equal(body.items.total, 5);
    const byId = new Map(body.items.items.map((i: { id: string }) => [i.id, i]));
    assert.deepEqual(byId.get(f.parts.filter), { ...(byId.get(f.parts.filter) as object), vanQuantity: 7, unitPriceCents: 1000, isSerialized: false });
    const boiler = byId.get(f.parts.boiler) as { vanQuantity: number; okSerials: string[] };
    assert.equal(boiler.vanQuantity, 1, 'only OK units count, and only in the caller’s van');
    assert.deepEqual(boiler.okSerials, ['CAT-OK-1']);
    const auxBoiler = (await catalog(`?familyId=${f.parts.familyId}`, f.auxiliary)).json().items.items.find((i: { id: string }) => i.id === f.parts.boiler);
    assert.deepEqual(auxBoiler.okSerials, ['CAT-AUX-1']);

    const services = (await catalog(`?familyId=${f.parts.familyId}&kind=service`)).json().items;
    assert.deepEqual(services.items.map((i: { id: string }) => i.id), [f.parts.labour]);
    const search = (await catalog(`?familyId=${f.parts.familyId}&q=CÂB`)).json().items;
    assert.deepEqual(search.items.map((i: { id: string }) => i.id), [f.parts.cable], 'prefix of the name, ignoring case and accents');
  });

  test('keyset pages cover every item once; inactive items are not offered; prices hidden when the setting says so', async () => {
    const first = (await catalog(`?familyId=${f.parts.familyId}&limit=2`)).json().items;
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const seen = [...first.items];
    let cursor: string | null = first.nextCursor;
    while (cursor) {
      const page = (await catalog(`?familyId=${f.parts.familyId}&limit=2&cursor=${cursor}`)).json().items;
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    assert.equal(new Set(seen.map((i) => i.id)).size, 5);

    await t.db.updateTable('catalogItems').set({ isActive: 0 }).where('id', '=', f.parts.cable).execute();
    await setSettings(t.db, { technicianSeesPrices: false });
    try {
      const items = (await catalog(`?familyId=${f.parts.familyId}`)).json().items;
      assert.equal(items.total, 4);
      assert.ok(items.items.every((i: { unitPriceCents: number | null }) => i.unitPriceCents === null));
      expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.cable, quantity: 1 }), 422, 'item_inactive');
    } finally {
      await t.db.updateTable('catalogItems').set({ isActive: 1 }).where('id', '=', f.parts.cable).execute();
      await setSettings(t.db, { technicianSeesPrices: true });
    }
  });

  test('bad filters and cursors are 400, never a 500', async () => {
    expectStatus(await catalog('?colour=red'), 400, 'invalid_input');
    expectStatus(await catalog('?cursor=bm90LWpzb24'), 400, 'invalid_input');
  });
});

describe('lines of parts and services', () => {
  test('a line copies the price and tax of the moment; its total is quantity × price rounded; the job total follows', async () => {
    await setPrice(f.parts.labour, 333);
    const before = await jobRow();
    const res = await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.labour, quantity: 1.5 });
    expectStatus(res, 201);
    const { line, totals, jobVersion } = res.json();
    assert.equal(line.unitPriceCents, 333);
    assert.equal(line.taxRateBp, 2000);
    assert.equal(line.lineTotalCents, 500, '1.5 × 3.33 = 4.995 → 5.00');
    assert.equal(jobVersion, before.version + 1);

    await setPrice(f.parts.labour, 5000);
    const second = (await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.labour, quantity: 2 })).json();
    assert.equal(second.line.unitPriceCents, 5000, 'a new line takes the new price');
    assert.equal(second.totals.exclTaxCents, totals.exclTaxCents + 10_000);
    assert.equal((await jobRow()).totalExclTaxCents, second.totals.exclTaxCents, 'jobs.total_excl_tax_cents = sum of the lines');
    assert.equal(second.totals.taxCents, 100 + 2000);

    const patched = await onJob(f, f.manager, 'PATCH', `/items/${line.id}`, { quantity: 3 });
    expectStatus(patched, 200);
    assert.equal(patched.json().line.unitPriceCents, 333, 'the first line keeps the price of its moment');
    assert.equal(patched.json().line.lineTotalCents, 999);
    assert.equal((await jobRow()).totalExclTaxCents, 999 + 10_000);

    expectStatus(await onJob(f, f.manager, 'DELETE', `/items/${line.id}`), 204);
    assert.equal((await jobRow()).totalExclTaxCents, 10_000);
    expectStatus(await onJob(f, f.manager, 'DELETE', `/items/${second.line.id}`), 204);
    assert.equal((await jobRow()).totalExclTaxCents, 0);
    const events = await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', f.job.id).where('type', 'like', 'item_%').execute();
    assert.deepEqual(events.map((e) => e.type).sort(), ['item_added', 'item_added', 'item_removed', 'item_removed', 'item_updated']);
    assert.deepEqual(JSON.parse(events.find((e) => e.type === 'item_updated')!.data), { name: 'Labour', quantity: 3 });
  });

  test("a serialized part: one unit, with a serial OK in the caller's van — each refusal says why", async () => {
    const vanUnit = 'SER-VAN-1';
    await aUnit(t.db, { itemId: f.parts.controller, serial: vanUnit, depotId: f.manager.vanId });
    await aUnit(t.db, { itemId: f.parts.controller, serial: 'SER-REP-1', status: 'needs_repair', depotId: f.manager.vanId });
    await aUnit(t.db, { itemId: f.parts.controller, serial: 'SER-OBS-1', status: 'obsolete' });
    await aUnit(t.db, { itemId: f.parts.controller, serial: 'SER-AUX-1', depotId: f.auxiliary.vanId });
    const add = (body: object, tech = f.manager) => onJob(f, tech, 'POST', '/items', { itemId: f.parts.controller, quantity: 1, ...body }, undefined);

    expectStatus(await add({}), 422, 'serial_required');
    expectStatus(await add({ serial: vanUnit, quantity: 2 }), 422, 'serialized_quantity_one');
    expectStatus(await add({ serial: 'SER-REP-1' }), 422, 'serial_needs_repair');
    expectStatus(await add({ serial: 'SER-OBS-1' }), 422, 'serial_obsolete');
    expectStatus(await add({ serial: 'SER-AUX-1' }), 422, 'serial_not_in_van');
    expectStatus(await add({ serial: 'NEVER-SEEN' }), 422, 'serial_not_in_van');
    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.filter, quantity: 1, serial: vanUnit }), 422, 'serial_not_allowed');
    assert.equal(await lineCount(), 0, 'nothing refused was written');

    const ok = await add({ serial: 'ser-van-1' });
    expectStatus(ok, 201);
    assert.equal(ok.json().line.serial, vanUnit, 'serials are upper-cased');
    const aux = await add({ serial: 'SER-AUX-1' }, f.auxiliary);
    expectStatus(aux, 201, undefined);

    expectStatus(await add({ serial: vanUnit }), 422, 'serial_already_on_job');
    const other = await aFieldJob(t.db, f, { status: 'started' });
    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.controller, quantity: 1, serial: vanUnit }, undefined, other.id), 422, 'serial_already_on_job');
    expectStatus(await onJob(f, f.manager, 'PATCH', `/items/${ok.json().line.id}`, { quantity: 2 }), 422, 'serialized_quantity_one');

    expectStatus(await onJob(f, f.manager, 'DELETE', `/items/${ok.json().line.id}`), 204);
    expectStatus(await onJob(f, f.manager, 'DELETE', `/items/${aux.json().line.id}`), 204);
  });

  test('a line of another job is not reachable through this one; unknown fields are 400', async () => {
    const other = await aFieldJob(t.db, f, { status: 'started' });
    const line = (await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.labour, quantity: 1 }, undefined, other.id)).json().line;
    expectStatus(await onJob(f, f.manager, 'PATCH', `/items/${line.id}`, { quantity: 2 }), 404, 'not_found');
    expectStatus(await onJob(f, f.manager, 'DELETE', `/items/${line.id}`), 404, 'not_found');
    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.labour, quantity: 1, discount: 5 }), 400, 'invalid_input');
    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.labour, quantity: 0 }), 400, 'invalid_input');
    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: 'no-such-item', quantity: 1 }), 422, 'unknown_item');
  });

  test("another technician's job is 404; a job not in progress refuses report writes (409)", async () => {
    expectStatus(await onJob(f, f.outsider, 'POST', '/items', { itemId: f.parts.labour, quantity: 1 }), 404, 'not_found');
    const scheduled = await aFieldJob(t.db, f);
    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.labour, quantity: 1 }, undefined, scheduled.id), 409, 'job_not_in_progress');
    expectStatus(await t.app.inject({ method: 'POST', url: `/api/field/jobs/${f.job.id}/items`, headers: f.manager.headers, payload: { itemId: f.parts.labour, quantity: 1 } }), 400, 'idempotency_key_required');
  });

  test('the same Idempotency-Key twice → one line, the same answer', async () => {
    const before = await lineCount();
    const key = crypto.randomUUID();
    const first = await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.labour, quantity: 1 }, key);
    const again = await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.labour, quantity: 1 }, key);
    expectStatus(first, 201);
    expectStatus(again, 201);
    assert.equal(again.body, first.body);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(await lineCount(), before + 1);
    expectStatus(await onJob(f, f.manager, 'DELETE', `/items/${first.json().line.id}`), 204);
  });
});
