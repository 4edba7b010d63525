import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedParts } from './helpers/depots';
import { aFieldJob } from './helpers/field';
import { aUnit, anInstalledUnit, endJob, expectStatus, invoicingFixture, onJob, type InvoicingFixture } from './helpers/field-invoicing';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let f: InvoicingFixture;
before(async () => {
  t = await createTestApp();
  f = await invoicingFixture(t);
  await anInstalledUnit(f, f.parts.boiler, 'TB-FOUND-1');
  await anInstalledUnit(f, f.parts.boiler, 'TB-FOUND-2');
});
after(() => t.close());

const check = (serial: string, tech = f.manager) => onJob(f, tech, 'POST', '/take-backs/check', { serial });
const takeBack = (body: object, jobId = f.job.id, key?: string) => onJob(f, f.manager, 'POST', '/take-backs', body, key, jobId);
const takeBackCount = async () =>
  Number((await t.db.selectFrom('takeBacks').select((eb) => eb.fn.countAll().as('n')).where('jobId', '=', f.job.id).executeTakeFirstOrThrow()).n);

describe('checking a serial', () => {
  test('found among the units installed at this customer: item and family fill in', async () => {
    const res = await check('tb-found-1');
    expectStatus(res, 200);
    const body = res.json();
    assert.equal(body.found, true);
    assert.equal(body.recordedAt, 'this_customer');
    assert.equal(body.unit.serial, 'TB-FOUND-1');
    assert.equal(body.unit.status, 'installed');
    assert.equal(body.item.id, f.parts.boiler);
    assert.equal(body.item.name, 'Boiler Naneo 24 kW');
    assert.equal(body.family.id, f.parts.familyId);
  });

  test("unknown: the families of the parts installed at this customer, with their serialized items", async () => {
    const body = (await check('TB-NEVER-SEEN')).json();
    assert.equal(body.found, false);
    assert.equal(body.recordedAt, 'unknown');
    assert.equal(body.item, undefined);
    assert.deepEqual(
      body.customerFamilies.map((fam: { id: string; items: { id: string }[] }) => [fam.id, fam.items.map((i) => i.id).sort()]),
      [[f.parts.familyId, [f.parts.boiler, f.parts.controller].sort()]],
      'only the family of the boiler installed here, and only its serialized parts',
    );
  });

  test("another technician's job is 404; an invalid serial is 400", async () => {
    expectStatus(await check('TB-FOUND-1', f.outsider), 404, 'not_found');
    expectStatus(await check('<bad serial>'), 400, 'invalid_input');
  });
});

describe('recording a take-back', () => {
  test('a found serial is taken back as its own part, once per job', async () => {
    expectStatus(await takeBack({ serial: 'TB-FOUND-1', itemId: f.parts.controller, status: 'ok' }), 422, 'take_back_item_mismatch');
    const res = await takeBack({ serial: 'TB-FOUND-1', itemId: f.parts.boiler, status: 'ok' });
    expectStatus(res, 201);
    const { takeBack: line } = res.json();
    assert.equal(line.wasFound, true);
    assert.ok(line.serialUnitId);
    assert.equal(line.familyName, (await t.db.selectFrom('catalogFamilies').select('name').where('id', '=', f.parts.familyId).executeTakeFirstOrThrow()).name);
    expectStatus(await takeBack({ serial: 'TB-FOUND-1', itemId: f.parts.boiler, status: 'needs_repair' }), 422, 'serial_already_taken_back');
    const unit = await t.db.selectFrom('serialUnits').select(['status', 'customerId']).where('id', '=', line.serialUnitId).executeTakeFirstOrThrow();
    assert.deepEqual(unit, { status: 'installed', customerId: f.customerId }, 'nothing moves before the job ends');
  });

  test("an unknown serial needs a part among the customer's families: refused otherwise, accepted when right", async () => {
    const elsewhere = await seedParts(t.db);
    expectStatus(await takeBack({ serial: 'TB-NEW-1', itemId: elsewhere.boiler, status: 'ok' }), 422, 'item_not_at_customer');
    expectStatus(await takeBack({ serial: 'TB-NEW-1', itemId: f.parts.filter, status: 'ok' }), 422, 'not_serialized');
    const res = await takeBack({ serial: 'TB-NEW-1', itemId: f.parts.controller, status: 'needs_repair' });
    expectStatus(res, 201);
    assert.equal(res.json().takeBack.wasFound, false);
    assert.equal(res.json().takeBack.serialUnitId, null, 'the unit is created when the job ends');
  });

  test('a retired (obsolete) serial never comes back, and its check says nothing of it', async () => {
    await aUnit(t.db, { itemId: f.parts.controller, serial: 'TB-RETIRED', status: 'obsolete' });
    for (const status of ['ok', 'needs_repair', 'obsolete']) {
      expectStatus(await takeBack({ serial: 'TB-RETIRED', itemId: f.parts.controller, status }), 422, 'serial_retired');
    }
    assert.equal((await check('TB-RETIRED')).json().recordedAt, 'unknown');
  });

  test('the same serial cannot be taken back by two open jobs at once', async () => {
    const other = await aFieldJob(t.db, f, { status: 'started' });
    expectStatus(await takeBack({ serial: 'TB-FOUND-1', itemId: f.parts.boiler, status: 'ok' }, other.id), 422, 'serial_already_taken_back');
  });

  test('the same Idempotency-Key twice → one take-back, the same answer; unknown fields are 400', async () => {
    const before = await takeBackCount();
    const key = crypto.randomUUID();
    const first = await takeBack({ serial: 'TB-FOUND-2', itemId: f.parts.boiler, status: 'obsolete' }, f.job.id, key);
    const again = await takeBack({ serial: 'TB-FOUND-2', itemId: f.parts.boiler, status: 'obsolete' }, f.job.id, key);
    expectStatus(first, 201);
    assert.equal(again.body, first.body);
    assert.equal(await takeBackCount(), before + 1);
    expectStatus(await takeBack({ serial: 'TB-X', itemId: f.parts.boiler, status: 'ok', note: 'hi' }), 400, 'invalid_input');
    expectStatus(await takeBack({ serial: 'TB-X', itemId: f.parts.boiler, status: 'broken' }), 400, 'invalid_input');
    expectStatus(await onJob(f, f.manager, 'DELETE', `/take-backs/${first.json().takeBack.id}`), 204);
  });
});

describe('editing and deleting a take-back', () => {
  test('edited (status, serial, part) and deleted while the job runs; refused once it has ended', async () => {
    await anInstalledUnit(f, f.parts.controller, 'TB-EDIT-1');
    const job = await aFieldJob(t.db, f, { status: 'started' });
    const created = (await takeBack({ serial: 'TB-EDIT-1', itemId: f.parts.controller, status: 'ok' }, job.id)).json().takeBack;
    const url = `/take-backs/${created.id}`;

    const patched = await onJob(f, f.manager, 'PATCH', url, { status: 'needs_repair' }, undefined, job.id);
    expectStatus(patched, 200);
    assert.equal(patched.json().takeBack.status, 'needs_repair');
    expectStatus(await onJob(f, f.manager, 'PATCH', url, { serial: 'TB-RETIRED' }, undefined, job.id), 422, 'serial_retired');
    const renamed = await onJob(f, f.manager, 'PATCH', url, { serial: 'TB-UNKNOWN-9' }, undefined, job.id);
    expectStatus(renamed, 200);
    assert.equal(renamed.json().takeBack.wasFound, false, 'the new serial is not installed here');
    expectStatus(await onJob(f, f.manager, 'PATCH', url, { extra: 1 }, undefined, job.id), 400, 'invalid_input');
    expectStatus(await onJob(f, f.manager, 'PATCH', url, { status: 'ok' }, undefined, f.job.id), 404, 'not_found');

    const second = (await takeBack({ serial: 'TB-EDIT-1', itemId: f.parts.controller, status: 'obsolete' }, job.id)).json().takeBack;
    expectStatus(await onJob(f, f.manager, 'DELETE', `/take-backs/${second.id}`, undefined, undefined, job.id), 204);
    const events = await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', job.id).where('type', 'like', 'take_back_%').orderBy('occurredAt').execute();
    assert.deepEqual(events.map((e) => e.type).sort(), ['take_back_added', 'take_back_added', 'take_back_removed', 'take_back_updated', 'take_back_updated']);
    assert.ok(events.some((e) => e.type === 'take_back_updated' && e.data === JSON.stringify({ serial: 'TB-EDIT-1', status: 'needs_repair' })));

    expectStatus(await endJob(f, job.id), 200);
    expectStatus(await onJob(f, f.manager, 'PATCH', url, { status: 'ok' }, undefined, job.id), 409, 'job_not_in_progress');
    expectStatus(await onJob(f, f.manager, 'DELETE', url, undefined, undefined, job.id), 409, 'job_not_in_progress');
    expectStatus(await takeBack({ serial: 'TB-FOUND-2', itemId: f.parts.boiler, status: 'ok' }, job.id), 409, 'job_not_in_progress');
  });
});
