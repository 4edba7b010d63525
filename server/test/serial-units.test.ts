import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as pause } from 'node:timers/promises';
import type { RepairQueuePage, SerialUnit, SerialUnitDetail, SerialUnitPage } from '@contract';
import type { Actor } from '../src/plugins/audit';
import { installUnit, takeBackUnit } from '../src/modules/serial-units/unit-moves.service';
import { aCustomerJob, aVan, anotherJob, seedParts, type PartsFixture } from './helpers/depots';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';
import { inUnitOfWork } from '../src/plugins/unit-of-work';

let t: TestApp;
let parts: PartsFixture;
let admin: Credentials;
let dispatcher: Credentials;
let supervisor: Credentials;
let tech: Actor;
let van: string;
let customer: Awaited<ReturnType<typeof aCustomerJob>>;
let takeBackJob: string;

before(async () => {
  t = await createTestApp();
  parts = await seedParts(t.db);
  admin = await signIn(t.app, await createUser(t.db, { role: 'admin', displayName: 'Ada Admin' }));
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher', displayName: 'Dana Dispatch' }));
  supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
  const techUser = await createUser(t.db, { role: 'technician', displayName: 'Théo Tech' });
  tech = { id: techUser.id, role: 'technician', ip: null };
  van = await aVan(t.db, techUser.id, 'Van Théo');
  customer = await aCustomerJob(t.db, 'Boulangerie Étoile');
  takeBackJob = await anotherJob(t.db, customer.customerId, customer.siteId);
  await post(`/api/depots/${parts.mainDepotId}/receipts`, {
    lines: [
      { itemId: parts.boiler, serials: ['SN-100', 'SN-101', 'SN-102', 'SN-200', 'SN-201'] },
      { itemId: parts.controller, serials: ['SN-100'] },
    ],
  });
});
after(() => t.close());

async function post(url: string, payload: object, who = dispatcher, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url, headers: { ...who.headers, ...headers }, payload });
}
async function get<T>(url: string, who = supervisor): Promise<T> {
  const res = await t.app.inject({ method: 'GET', url, headers: who.headers });
  assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
  return res.json() as T;
}
const boilerUnit = (serial: string) =>
  t.db.selectFrom('serialUnits').selectAll().where('itemId', '=', parts.boiler).where('serial', '=', serial).executeTakeFirstOrThrow();

/** A boiler sent to the van (unless there already), installed at the customer, then taken back on another job. */
async function lifeUntilTakeBack(serial: string, status: 'ok' | 'needs_repair' | 'obsolete', jobId = takeBackJob) {
  const unit = await boilerUnit(serial);
  if (unit.depotId !== van) {
    const sent = await post('/api/stock-transfers', { fromDepotId: unit.depotId, toDepotId: van, serialUnitIds: [unit.id] });
    assert.equal(sent.statusCode, 201, sent.body);
    await pause(3);
  }
  await inUnitOfWork(t.db, (uow) => installUnit(uow, { jobId: customer.jobId, itemId: parts.boiler, serial }, tech));
  await pause(3);
  await inUnitOfWork(t.db, (uow) => takeBackUnit(uow, { jobId, itemId: parts.boiler, serial, status }, tech));
  await pause(3);
  return unit.id;
}

describe('search', () => {
  test('exact or beginning of a serial, any case, sorted by serial; one serial may name units of two items', async () => {
    const page = await get<SerialUnitPage>('/api/serial-units?serial=sn-1');
    assert.deepEqual(page.items.map((u) => u.serial), ['SN-100', 'SN-100', 'SN-101', 'SN-102']);
    assert.equal(page.total, 4);
    assert.deepEqual(new Set(page.items.filter((u) => u.serial === 'SN-100').map((u) => u.item.id)), new Set([parts.boiler, parts.controller]));
    const unit = page.items.find((u) => u.serial === 'SN-101')!;
    assert.deepEqual(unit.depot, { id: parts.mainDepotId, name: 'Main warehouse', kind: 'main' });
    assert.equal(unit.status, 'ok');
    assert.equal(unit.item.familyId, parts.familyId);
    assert.equal((await get<SerialUnitPage>('/api/serial-units?serial=SN-101')).items.length, 1);
    assert.equal((await get<SerialUnitPage>('/api/serial-units?serial=XX')).total, 0);
  });

  test('filters by item, status, depot; keyset pages', async () => {
    const boilers = await get<SerialUnitPage>(`/api/serial-units?itemId=${parts.boiler}&status=ok&depotId=${parts.mainDepotId}&limit=2`);
    assert.deepEqual(boilers.items.map((u) => u.serial), ['SN-100', 'SN-101']);
    assert.equal(boilers.total, 5);
    const next = await get<SerialUnitPage>(`/api/serial-units?itemId=${parts.boiler}&status=ok&depotId=${parts.mainDepotId}&limit=2&cursor=${boilers.nextCursor}`);
    assert.deepEqual(next.items.map((u) => u.serial), ['SN-102', 'SN-200']);
  });

  test('bad filters are 400: unknown status, unknown parameter, tampered cursor', async () => {
    for (const query of ['status=broken', 'colour=red', 'cursor=abc', 'limit=0']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/serial-units?${query}`, headers: supervisor.headers });
      assert.equal(res.statusCode, 400, query);
    }
  });
});

describe('a unit and its history', () => {
  test('every movement with who and when, oldest first: received, sent, installed, taken back, repaired', async () => {
    const id = await lifeUntilTakeBack('SN-102', 'needs_repair');
    const repaired = await post(`/api/serial-units/${id}/repair`, { outcome: 'ok', note: 'New fan' }, admin);
    assert.equal(repaired.statusCode, 200, repaired.body);

    const unit = await get<SerialUnitDetail>(`/api/serial-units/${id}`);
    assert.equal(unit.status, 'ok');
    assert.deepEqual(unit.depot?.id, van);
    const events = unit.history.map((e) => [e.kind, e.actor?.displayName, e.fromDepot?.name ?? null, e.toDepot?.name ?? null, e.customer?.name ?? null, e.job?.number ?? null, e.statusAfter]);
    const takeBackNumber = (await t.db.selectFrom('jobs').select('number').where('id', '=', takeBackJob).executeTakeFirstOrThrow()).number;
    assert.deepEqual(events, [
      ['receipt', 'Dana Dispatch', null, 'Main warehouse', null, null, 'ok'],
      ['transfer', 'Dana Dispatch', 'Main warehouse', 'Van Théo', null, null, 'ok'],
      ['install', 'Théo Tech', 'Van Théo', null, 'Boulangerie Étoile', customer.jobNumber, 'installed'],
      ['take_back', 'Théo Tech', null, 'Van Théo', 'Boulangerie Étoile', takeBackNumber, 'needs_repair'],
      ['repair', 'Ada Admin', null, 'Van Théo', null, null, 'ok'],
    ]);
    assert.equal(unit.history.at(-1)!.note, 'New fan');
    assert.deepEqual([unit.history.at(-1)!.noteKey, unit.history.at(-1)!.noteParams], [null, null], 'a typed note is shown as typed');
    const times = unit.history.map((e) => e.occurredAt);
    assert.deepEqual(times, [...times].sort());
  });

  test('by serial: every unit with exactly that serial, each with its history; 404 for an unknown id', async () => {
    const units = await get<SerialUnitDetail[]>('/api/serial-units/by-serial/sn-100');
    assert.equal(units.length, 2);
    assert.ok(units.every((u) => u.serial === 'SN-100' && u.history.length >= 1));
    assert.deepEqual(await get<SerialUnitDetail[]>('/api/serial-units/by-serial/NOPE'), []);
    await post(`/api/depots/${parts.mainDepotId}/receipts`, { lines: [{ itemId: parts.controller, serials: ['AB/12#3'] }] });
    const slashed = await get<SerialUnitDetail[]>(`/api/serial-units/by-serial/${encodeURIComponent('ab/12#3')}`);
    assert.deepEqual(slashed.map((u) => u.serial), ['AB/12#3']);
    const missing = await t.app.inject({ method: 'GET', url: '/api/serial-units/nope', headers: supervisor.headers });
    assert.equal(missing.statusCode, 404);
  });
});

describe('repairs', () => {
  test('a unit needing repair becomes OK (usable again) or obsolete (retired, out of its depot)', async () => {
    const broken = await lifeUntilTakeBack('SN-200', 'needs_repair');
    const res = await post(`/api/serial-units/${broken}/repair`, { outcome: 'obsolete' }, dispatcher, { 'if-match': '"4"' });
    assert.equal(res.statusCode, 200, res.body);
    const unit = res.json() as SerialUnitDetail;
    assert.deepEqual([unit.status, unit.depot, unit.version], ['obsolete', null, 5]);
    assert.equal(res.headers.etag, '"5"');
    assert.deepEqual([unit.history.at(-1)!.kind, unit.history.at(-1)!.fromDepot?.id], ['retire', van]);
    const again = await post(`/api/serial-units/${broken}/repair`, { outcome: 'ok' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'invalid_transition');
  });

  test('only from needs repair: an OK unit → 409 invalid_transition; stale If-Match → 412; unknown unit → 404', async () => {
    const ok = await boilerUnit('SN-101');
    const res = await post(`/api/serial-units/${ok.id}/repair`, { outcome: 'ok' });
    assert.equal(res.statusCode, 409);
    assert.deepEqual(res.json().error.details, { from: 'ok', to: 'ok', action: 'repair' });
    const broken = await lifeUntilTakeBack('SN-201', 'needs_repair');
    const stale = await post(`/api/serial-units/${broken}/repair`, { outcome: 'ok' }, dispatcher, { 'if-match': '"1"' });
    assert.equal(stale.statusCode, 412);
    assert.equal((await post('/api/serial-units/nope/repair', { outcome: 'ok' })).statusCode, 404);
    assert.equal((await post(`/api/serial-units/${broken}/repair`, { outcome: 'broken' })).statusCode, 400);
    assert.equal((await post(`/api/serial-units/${broken}/repair`, { outcome: 'ok' }, supervisor)).statusCode, 403);
  });

  test('bulk: each unit repaired, the others listed with why; a movement and an audit row per repaired unit', async () => {
    const broken = await boilerUnit('SN-201');
    const ok = await boilerUnit('SN-101');
    const res = await post('/api/serial-units/repairs', { unitIds: [broken.id, ok.id, 'nope'], outcome: 'ok' });
    assert.equal(res.statusCode, 200, res.body);
    const result = res.json();
    assert.deepEqual(result.repaired, [broken.id]);
    assert.deepEqual(
      result.failed.map((f: { unitId: string; code: string }) => [f.unitId, f.code]).sort(),
      [[ok.id, 'invalid_transition'], ['nope', 'not_found']].sort(),
    );
    assert.equal((await boilerUnit('SN-201')).status, 'ok');
    const audit = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', broken.id).execute();
    assert.ok(audit.some((a) => a.action === 'repair'));
    assert.equal((await post('/api/serial-units/repairs', { unitIds: [], outcome: 'ok' })).statusCode, 400);
  });
});

describe('repair queue', () => {
  let older: string;
  let newer: string;
  before(async () => {
    await post(`/api/depots/${parts.mainDepotId}/receipts`, { lines: [{ itemId: parts.boiler, serials: ['RQ-1', 'RQ-2', 'RQ-3'] }] });
    older = await lifeUntilTakeBack('RQ-1', 'needs_repair');
    newer = await lifeUntilTakeBack('RQ-2', 'needs_repair');
    await lifeUntilTakeBack('RQ-3', 'ok');
  });

  test('units needing repair, newest take-back first, with who took each back from which customer and job', async () => {
    const page = await get<RepairQueuePage>('/api/repairs');
    assert.deepEqual(page.items.map((u) => u.serial), ['RQ-2', 'RQ-1']);
    assert.equal(page.total, 2);
    const first = page.items[0]!;
    assert.equal(first.id, newer);
    assert.deepEqual(first.takenBackBy, { id: tech.id, displayName: 'Théo Tech' });
    assert.deepEqual(first.fromCustomer, { id: customer.customerId, name: 'Boulangerie Étoile' });
    assert.equal(first.fromJob?.id, takeBackJob);
    assert.equal(first.depot?.id, van);
    assert.ok(first.takenBackAt! > page.items[1]!.takenBackAt!);
  });

  test('filters by depot and serial; keyset pages; a repaired unit leaves the queue', async () => {
    assert.equal((await get<RepairQueuePage>(`/api/repairs?depotId=${parts.mainDepotId}`)).total, 0);
    const inVan = await get<RepairQueuePage>(`/api/repairs?depotId=${van}`);
    assert.deepEqual(inVan.items.map((u) => u.id), [newer, older], 'newest take-back first within a depot too');
    assert.equal(inVan.items[0]!.takenBackBy?.id, tech.id);
    const vanPage = await get<RepairQueuePage>(`/api/repairs?depotId=${van}&limit=1`);
    assert.deepEqual((await get<RepairQueuePage>(`/api/repairs?depotId=${van}&limit=1&cursor=${vanPage.nextCursor}`)).items.map((u) => u.id), [older]);
    assert.deepEqual((await get<RepairQueuePage>(`/api/repairs?depotId=${van}&q=rq-1`)).items.map((u) => u.id), [older]);
    const first = await get<RepairQueuePage>('/api/repairs?limit=1');
    const second = await get<RepairQueuePage>(`/api/repairs?limit=1&cursor=${first.nextCursor}`);
    assert.deepEqual([first.items[0]!.id, second.items[0]!.id, second.nextCursor], [newer, older, null]);
    await post(`/api/serial-units/${newer}/repair`, { outcome: 'ok' });
    assert.deepEqual((await get<RepairQueuePage>('/api/repairs')).items.map((u) => u.id), [older]);
  });

  test('a unit repaired, refitted and taken back again appears once, with its latest take-back', async () => {
    const id = await lifeUntilTakeBack('RQ-2', 'needs_repair');
    const page = await get<RepairQueuePage>('/api/repairs');
    assert.equal(page.items.filter((u) => u.id === id).length, 1);
    assert.equal(page.items[0]!.id, id);
  });
});

describe('installed units at a customer', () => {
  test('grouped by site, the units installed there now', async () => {
    const secondSite = crypto.randomUUID();
    const now = new Date().toISOString();
    await t.db
      .insertInto('sites')
      .values({ id: secondSite, customerId: customer.customerId, name: 'Annex', addressLine1: '2 rue', addressLine2: null, postalCode: '69001', city: 'Lyon', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: now, updatedAt: now })
      .execute();
    const annexJob = await anotherJob(t.db, customer.customerId, secondSite);
    await post(`/api/depots/${van}/receipts`, { lines: [{ itemId: parts.controller, serials: ['INST-1', 'INST-2'] }] });
    await inUnitOfWork(t.db, async (uow) => {
      await installUnit(uow, { jobId: customer.jobId, itemId: parts.controller, serial: 'INST-2' }, tech);
      await installUnit(uow, { jobId: annexJob, itemId: parts.controller, serial: 'INST-1' }, tech);
    });
    const result = await get<{ sites: { site: { name: string; city: string }; units: SerialUnit[] }[] }>(`/api/customers/${customer.customerId}/installed-units`);
    assert.deepEqual(
      result.sites.map((s) => [s.site.name, s.site.city, s.units.map((u) => u.serial)]),
      [
        ['Annex', 'Lyon', ['INST-1']],
        ['Shop', 'Paris', ['INST-2']],
      ],
    );
    assert.ok(result.sites.every((s) => s.units.every((u) => u.status === 'installed' && u.customer?.id === customer.customerId)));
    const missing = await t.app.inject({ method: 'GET', url: '/api/customers/nope/installed-units', headers: supervisor.headers });
    assert.equal(missing.statusCode, 404);
  });
});
