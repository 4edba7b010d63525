import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aFieldJob } from './helpers/field';
import {
  aUnit,
  anInstalledUnit,
  endJob,
  expectStatus,
  invoicingFixture,
  onJob,
  setStock,
  stockOf,
  unitBySerial,
  type InvoicingFixture,
} from './helpers/field-invoicing';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';
import { transitionJob } from '../src/modules/job-lifecycle/job-lifecycle.service';
import { inUnitOfWork } from '../src/plugins/unit-of-work';

let t: TestApp;
let f: InvoicingFixture;
let dispatcher: Credentials;

/** The job's parts: lines from both vans, take-backs of each status, then the end. */
before(async () => {
  t = await createTestApp();
  f = await invoicingFixture(t);
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  const { parts, manager, auxiliary } = f;
  await aUnit(t.db, { itemId: parts.controller, serial: 'ST-FIT-1', depotId: manager.vanId });
  await aUnit(t.db, { itemId: parts.boiler, serial: 'ST-FIT-AUX', depotId: auxiliary.vanId });
  await setStock(t.db, manager.vanId, parts.filter, 5);
  await setStock(t.db, auxiliary.vanId, parts.cable, 2);
  await anInstalledUnit(f, parts.boiler, 'ST-TB-OK');
  await anInstalledUnit(f, parts.boiler, 'ST-TB-REP');
  await anInstalledUnit(f, parts.controller, 'ST-TB-OBS');

  const lines = [
    [manager, { itemId: parts.controller, quantity: 1, serial: 'ST-FIT-1' }],
    [auxiliary, { itemId: parts.boiler, quantity: 1, serial: 'ST-FIT-AUX' }],
    [manager, { itemId: parts.filter, quantity: 3 }],
    [auxiliary, { itemId: parts.cable, quantity: 3.5 }],
    [manager, { itemId: parts.labour, quantity: 2 }],
  ] as const;
  for (const [tech, body] of lines) expectStatus(await onJob(f, tech, 'POST', '/items', body), 201);
  const takeBacks = [
    { serial: 'ST-TB-OK', itemId: parts.boiler, status: 'ok' },
    { serial: 'ST-TB-REP', itemId: parts.boiler, status: 'needs_repair' },
    { serial: 'ST-TB-OBS', itemId: parts.controller, status: 'obsolete' },
    { serial: 'ST-TB-NEW', itemId: parts.controller, status: 'ok' },
  ];
  for (const body of takeBacks) expectStatus(await onJob(f, auxiliary, 'POST', '/take-backs', body), 201);
  expectStatus(await endJob(f), 200);
});
after(() => t.close());

const unit = async (itemId: string, serial: string) => {
  const row = await unitBySerial(t.db, itemId, serial);
  assert.ok(row, `unit ${serial} exists`);
  return row;
};
const place = async (itemId: string, serial: string) => {
  const { status, depotId, customerId, siteId, lastJobId } = await unit(itemId, serial);
  return { status, depotId, customerId, siteId, lastJobId };
};
const movementsOf = (itemId: string) =>
  t.db.selectFrom('stockMovements').selectAll().where('jobId', '=', f.job.id).where('itemId', '=', itemId).where('serialUnitId', 'is', null).execute();
const asDispatcher = (url: string) => t.app.inject({ method: 'GET', url, headers: dispatcher.headers });

describe('when the job ends, the parts move', () => {
  test("take-backs: OK → the job manager's van, usable; needs repair → the van, blocked; obsolete → retired", async () => {
    const jobId = f.job.id;
    assert.deepEqual(await place(f.parts.boiler, 'ST-TB-OK'), { status: 'ok', depotId: f.manager.vanId, customerId: null, siteId: null, lastJobId: jobId });
    assert.deepEqual(await place(f.parts.boiler, 'ST-TB-REP'), { status: 'needs_repair', depotId: f.manager.vanId, customerId: null, siteId: null, lastJobId: jobId });
    assert.deepEqual(await place(f.parts.controller, 'ST-TB-OBS'), { status: 'obsolete', depotId: null, customerId: null, siteId: null, lastJobId: jobId });
  });

  test('an unknown serial taken back creates its unit (the part chosen) and the take-back points at it', async () => {
    const created = await unit(f.parts.controller, 'ST-TB-NEW');
    assert.equal(created.status, 'ok');
    assert.equal(created.depotId, f.manager.vanId);
    const takeBack = await t.db.selectFrom('takeBacks').select('serialUnitId').where('serial', '=', 'ST-TB-NEW').executeTakeFirstOrThrow();
    assert.equal(takeBack.serialUnitId, created.id);
  });

  test("serialized lines leave the van they were in and are recorded at the customer's site", async () => {
    const installed = { status: 'installed', depotId: null, customerId: f.customerId, siteId: f.siteId, lastJobId: f.job.id };
    assert.deepEqual(await place(f.parts.controller, 'ST-FIT-1'), installed);
    assert.deepEqual(await place(f.parts.boiler, 'ST-FIT-AUX'), installed, "the auxiliary's unit leaves the auxiliary's van");
  });

  test('stock-tracked lines leave the van of who added them; a short van goes to 0 and the movement says what was missing', async () => {
    assert.equal(await stockOf(t.db, f.manager.vanId, f.parts.filter), 2);
    const [filter] = await movementsOf(f.parts.filter);
    assert.equal(filter?.kind, 'install');
    assert.equal(Number(filter?.quantityMilli), 3000);
    assert.equal(filter?.fromDepotId, f.manager.vanId);
    assert.equal(filter?.customerId, f.customerId);

    assert.equal(await stockOf(t.db, f.auxiliary.vanId, f.parts.cable), 0);
    const [cable] = await movementsOf(f.parts.cable);
    assert.equal(Number(cable?.quantityMilli), 2000, 'what the van really held');
    assert.match(cable?.note ?? '', /1\.5 missing/);
    assert.deepEqual(await movementsOf(f.parts.labour), [], 'a service moves nothing');
  });

  test("each serial's history shows the job; the needs-repair unit waits in the repair queue", async () => {
    for (const [itemId, serial, kind] of [
      [f.parts.controller, 'ST-FIT-1', 'install'],
      [f.parts.boiler, 'ST-TB-OK', 'take_back'],
      [f.parts.controller, 'ST-TB-OBS', 'take_back'],
    ] as const) {
      const res = await asDispatcher(`/api/serial-units/${(await unit(itemId, serial)).id}`);
      expectStatus(res, 200);
      const last = res.json().history.at(-1);
      assert.equal(last.kind, kind, serial);
      assert.deepEqual(last.job, { id: f.job.id, number: f.job.number });
      assert.equal(last.actor.id, f.manager.user.id, 'moved by whoever ended the job');
    }
    const queue = (await asDispatcher(`/api/repairs?depotId=${f.manager.vanId}`)).json();
    assert.deepEqual(
      queue.items.map((u: { serial: string; fromJob: { number: string } | null }) => [u.serial, u.fromJob?.number]),
      [['ST-TB-REP', f.job.number]],
    );
  });
});

describe('after the end', () => {
  test('a needs-repair unit cannot be installed; an obsolete one never again; an OK one is usable again', async () => {
    const next = await aFieldJob(t.db, f, { status: 'started' });
    const add = (itemId: string, serial: string) => onJob(f, f.manager, 'POST', '/items', { itemId, quantity: 1, serial }, undefined, next.id);
    expectStatus(await add(f.parts.boiler, 'ST-TB-REP'), 422, 'serial_needs_repair');
    expectStatus(await add(f.parts.controller, 'ST-TB-OBS'), 422, 'serial_obsolete');
    const takeBackAgain = await onJob(f, f.manager, 'POST', '/take-backs', { serial: 'ST-TB-OBS', itemId: f.parts.controller, status: 'ok' }, undefined, next.id);
    expectStatus(takeBackAgain, 422, 'serial_retired');
    expectStatus(await add(f.parts.boiler, 'ST-TB-OK'), 201);
  });

  test('a reopened job keeps its settled lines frozen, and ending it again moves only what is new', async () => {
    await inUnitOfWork(t.db, (uow) => transitionJob(uow, { jobId: f.job.id, action: 'reopen', actor: null, source: 'console' }));
    expectStatus(await onJob(f, f.manager, 'POST', '/start'), 200);
    const settled = await t.db.selectFrom('jobItems').select('id').where('jobId', '=', f.job.id).where('itemId', '=', f.parts.filter).executeTakeFirstOrThrow();
    expectStatus(await onJob(f, f.manager, 'PATCH', `/items/${settled.id}`, { quantity: 1 }), 409, 'already_settled');
    expectStatus(await onJob(f, f.manager, 'DELETE', `/items/${settled.id}`), 409, 'already_settled');
    const settledTakeBack = await t.db.selectFrom('takeBacks').select('id').where('serial', '=', 'ST-TB-OK').executeTakeFirstOrThrow();
    expectStatus(await onJob(f, f.manager, 'DELETE', `/take-backs/${settledTakeBack.id}`), 409, 'already_settled');

    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.filter, quantity: 1 }), 201);
    expectStatus(await onJob(f, f.manager, 'POST', '/end'), 200);
    assert.equal(await stockOf(t.db, f.manager.vanId, f.parts.filter), 1, 'only the new line left the van');
    assert.equal((await movementsOf(f.parts.filter)).length, 2);
    assert.equal((await place(f.parts.controller, 'ST-FIT-1')).status, 'installed');
  });

  test('a part that cannot move refuses the end, and nothing of it is kept', async () => {
    const job = await aFieldJob(t.db, f, { status: 'started' });
    await aUnit(t.db, { itemId: f.parts.controller, serial: 'ST-GONE', depotId: f.manager.vanId });
    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.controller, quantity: 1, serial: 'ST-GONE' }, undefined, job.id), 201);
    await setStock(t.db, f.manager.vanId, f.parts.filter, 4);
    expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.filter, quantity: 1 }, undefined, job.id), 201);
    // Meanwhile the office retires the unit (e.g. it was found broken in the van).
    await t.db.updateTable('serialUnits').set({ status: 'obsolete', depotId: null }).where('serial', '=', 'ST-GONE').execute();

    const ended = await endJob(f, job.id);
    expectStatus(ended, 409, 'part_not_movable');
    assert.equal(ended.json().error.details.serial, 'ST-GONE');
    const row = await t.db.selectFrom('jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'started', 'the end was rolled back');
    assert.equal(await stockOf(t.db, f.manager.vanId, f.parts.filter), 4, 'no stock left the van');
  });
});
