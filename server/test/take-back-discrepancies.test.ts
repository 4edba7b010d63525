import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { JobDetail, JobTakeBack, SerialUnitDetail } from '@contract';
import { aFieldJob, fieldRequest } from './helpers/field';
import { aUnit, anInstalledUnit, endJob, expectStatus, invoicingFixture, onJob, unitBySerial, type InvoicingFixture } from './helpers/field-invoicing';
import { as, createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

/**
 * Issue 14 §1: a take-back of a serial recorded somewhere else (another customer, a depot) is
 * accepted and flagged; the unit stays on its record until the office confirms the move or
 * corrects the serial, in one audited action (POST /api/take-backs/:id/resolution).
 */
let t: TestApp;
let f: InvoicingFixture;
let dispatcher: Credentials;
let supervisor: Credentials;
/** Customer B, where the record says the units are; its name must never reach the technician. */
const other = { id: crypto.randomUUID(), siteId: crypto.randomUUID(), name: 'Pâtisserie Recorded-B' };
let mainDepot: { id: string; name: string };

before(async () => {
  t = await createTestApp();
  f = await invoicingFixture(t);
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher', displayName: 'Dana Dispatch' }));
  supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
  const now = new Date().toISOString();
  await t.db
    .insertInto('customers')
    .values({ id: other.id, code: `C-B${other.id.slice(0, 6)}`, name: other.name, searchName: other.name.toLowerCase(), email: null, phone: null, notes: null, customFields: '{}', createdAt: now, updatedAt: now, version: 1 })
    .execute();
  await t.db
    .insertInto('sites')
    .values({ id: other.siteId, customerId: other.id, name: 'Lab', addressLine1: '1 rue B', addressLine2: null, postalCode: '69001', city: 'Lyon', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: now, updatedAt: now })
    .execute();
  mainDepot = { id: crypto.randomUUID(), name: 'Main depot Recorded-D' };
  await t.db.insertInto('depots').values({ id: mainDepot.id, name: mainDepot.name, kind: 'main', ownerId: null, archivedAt: null, createdAt: now, version: 1 }).execute();
  await anInstalledUnit(f, f.parts.boiler, 'TD-HERE-1');
});
after(() => t.close());

const atB = (serial: string, itemId = f.parts.boiler) => aUnit(t.db, { itemId, serial, status: 'installed', customerId: other.id, siteId: other.siteId });
const check = (serial: string, jobId = f.job.id) => onJob(f, f.manager, 'POST', '/take-backs/check', { serial }, undefined, jobId);
const takeBack = async (jobId: string, body: object): Promise<JobTakeBack> => {
  const res = await onJob(f, f.manager, 'POST', '/take-backs', body, undefined, jobId);
  expectStatus(res, 201);
  return res.json().takeBack;
};
const startedJob = () => aFieldJob(t.db, f, { status: 'started' });
const resolve = (takeBackId: string, body: object, caller: Credentials = dispatcher) =>
  t.app.inject(as(caller, { method: 'POST', url: `/api/take-backs/${takeBackId}/resolution`, payload: body }));
const officeJob = async (jobId: string): Promise<JobDetail> => (await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/jobs/${jobId}` }))).json();
const officeTakeBack = async (jobId: string, id: string) => (await officeJob(jobId)).report.takeBacks.find((tb) => tb.id === id)!;
const unitDetail = async (unitId: string): Promise<SerialUnitDetail> => (await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/serial-units/${unitId}` }))).json();
const installedAtB = async () =>
  (await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/customers/${other.id}/installed-units` }))).json().sites.flatMap((s: { units: unknown[] }) => s.units);
const auditActions = async (takeBackId: string) =>
  (await t.db.selectFrom('auditLog').select(['action', 'actorId']).where('entityType', '=', 'take_back').where('entityId', '=', takeBackId).orderBy('occurredAt').execute());
const jobEvents = async (jobId: string) =>
  (await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', jobId).orderBy('occurredAt').orderBy('id').execute()).map((e) => ({ type: e.type, data: JSON.parse(e.data) }));

describe('the check says where a serial is recorded, never whose', () => {
  test('this customer, another customer, a depot, unknown', async () => {
    await atB('TD-CHECK-B');
    await aUnit(t.db, { itemId: f.parts.controller, serial: 'TD-CHECK-D', status: 'needs_repair', depotId: mainDepot.id });

    const here = (await check('TD-HERE-1')).json();
    assert.deepEqual([here.found, here.recordedAt, here.item.id], [true, 'this_customer', f.parts.boiler]);

    const atOther = await check('td-check-b');
    expectStatus(atOther, 200);
    assert.deepEqual([atOther.json().found, atOther.json().recordedAt], [false, 'another_customer']);
    assert.equal(atOther.json().item.id, f.parts.boiler, 'the part fills in');
    assert.equal(atOther.json().family.id, f.parts.familyId);
    assert.ok(!atOther.body.includes(other.id) && !atOther.body.includes(other.name) && !atOther.body.includes(other.siteId), 'nothing of customer B');
    assert.equal(atOther.json().unit, undefined, 'not even the unit');

    const inDepot = await check('TD-CHECK-D');
    assert.deepEqual([inDepot.json().found, inDepot.json().recordedAt, inDepot.json().item.id], [false, 'depot', f.parts.controller]);
    assert.ok(!inDepot.body.includes(mainDepot.id) && !inDepot.body.includes(mainDepot.name), 'nothing of the depot');

    const unknown = (await check('TD-NEVER-SEEN')).json();
    assert.deepEqual([unknown.found, unknown.recordedAt, unknown.item], [false, 'unknown', undefined]);
  });
});

describe('a take-back of a serial recorded elsewhere is accepted, flagged', () => {
  test('at another customer: the technician is told the office will check; the office sees customer B', async () => {
    const unitId = await atB('TD-FLAG-B');
    const job = await startedJob();
    const line = await takeBack(job.id, { serial: 'TD-FLAG-B', itemId: f.parts.boiler, status: 'ok' });
    assert.equal(line.recordedElsewhere, true);
    assert.equal(line.serialUnitId, unitId);
    assert.equal(line.discrepancy, undefined, 'the technician never reads where');

    const field = await t.app.inject(fieldRequest(f.manager, 'GET', `/api/field/jobs/${job.id}`));
    assert.ok(!field.body.includes(other.name), "the technician's job detail names no other customer");

    const office = await officeTakeBack(job.id, line.id);
    assert.deepEqual(office.discrepancy, {
      recordedAt: 'another_customer',
      customer: { id: other.id, name: other.name },
      reportedSerial: null,
      resolution: null,
      resolvedBy: null,
      resolvedAt: null,
    });
    const unit = await unitDetail(unitId);
    assert.equal(unit.reportedElsewhere?.job.number, job.number);
    assert.equal(unit.reportedElsewhere?.takenBackAt.id, f.customerId);
    const marked = (await installedAtB()).find((u: { id: string }) => u.id === unitId);
    assert.equal(marked.reportedElsewhere.job.id, job.id, "B's equipment still lists it, marked as reported elsewhere");
    const installedForTechnician = await t.app.inject(fieldRequest(f.manager, 'GET', `/api/field/jobs/${job.id}/installed-units`));
    assert.ok(!installedForTechnician.body.includes('reportedElsewhere'));
  });

  test('in a depot: accepted and flagged, the office sees which depot; a retired unit is still refused', async () => {
    await aUnit(t.db, { itemId: f.parts.controller, serial: 'TD-FLAG-D', status: 'ok', depotId: mainDepot.id });
    await aUnit(t.db, { itemId: f.parts.controller, serial: 'TD-GONE', status: 'obsolete' });
    const job = await startedJob();
    const line = await takeBack(job.id, { serial: 'TD-FLAG-D', itemId: f.parts.controller, status: 'needs_repair' });
    assert.equal(line.recordedElsewhere, true);
    const office = await officeTakeBack(job.id, line.id);
    assert.equal(office.discrepancy?.recordedAt, 'depot');
    assert.deepEqual(office.discrepancy?.depot, mainDepot);
    expectStatus(await onJob(f, f.manager, 'POST', '/take-backs', { serial: 'TD-GONE', itemId: f.parts.controller, status: 'ok' }, undefined, job.id), 422, 'serial_retired');
  });

  test('a serial found here is not flagged, and an unknown serial still becomes a new unit at the end', async () => {
    const job = await startedJob();
    const here = await takeBack(job.id, { serial: 'TD-HERE-1', itemId: f.parts.boiler, status: 'ok' });
    const unknown = await takeBack(job.id, { serial: 'TD-BRAND-NEW', itemId: f.parts.controller, status: 'ok' });
    assert.deepEqual([here.recordedElsewhere, unknown.recordedElsewhere], [false, false]);
    assert.equal((await officeTakeBack(job.id, here.id)).discrepancy, null);
    expectStatus(await resolve(here.id, { resolution: 'confirm' }), 422, 'no_discrepancy');
    expectStatus(await endJob(f, job.id), 200);
    assert.equal((await unitBySerial(t.db, f.parts.controller, 'TD-BRAND-NEW'))?.depotId, f.manager.vanId);
  });
});

describe('the job ends, then the office settles it', () => {
  test('the end leaves the unit at B; confirm moves it, its history names both places; twice is 409', async () => {
    const unitId = await atB('TD-CONFIRM');
    const job = await startedJob();
    const line = await takeBack(job.id, { serial: 'TD-CONFIRM', itemId: f.parts.boiler, status: 'needs_repair' });
    expectStatus(await endJob(f, job.id), 200);

    const held = await t.db.selectFrom('serialUnits').select(['status', 'customerId', 'depotId']).where('id', '=', unitId).executeTakeFirstOrThrow();
    assert.deepEqual(held, { status: 'installed', customerId: other.id, depotId: null }, 'still recorded at B');
    assert.ok((await jobEvents(job.id)).some((e) => e.type === 'take_back_held' && e.data.serial === 'TD-CONFIRM' && e.data.recordedAt === 'another_customer'));
    assert.ok((await installedAtB()).some((u: { id: string }) => u.id === unitId));

    expectStatus(await resolve(line.id, { resolution: 'confirm' }, f.manager), 403);
    expectStatus(await resolve(line.id, { resolution: 'confirm' }, supervisor), 403);
    expectStatus(await resolve(line.id, { resolution: 'confirm', serial: 'X' }), 400, 'invalid_input');
    expectStatus(await resolve(crypto.randomUUID(), { resolution: 'confirm' }), 404);

    const confirmed = await resolve(line.id, { resolution: 'confirm' });
    expectStatus(confirmed, 200);
    const answered = (confirmed.json() as JobDetail).report.takeBacks.find((tb) => tb.id === line.id)!;
    assert.equal(answered.discrepancy?.resolution, 'confirmed');
    assert.equal(answered.discrepancy?.resolvedBy?.name, 'Dana Dispatch');
    assert.equal(answered.recordedElsewhere, false);

    const moved = await unitDetail(unitId);
    assert.deepEqual([moved.status, moved.customer, moved.depot?.id], ['needs_repair', null, f.manager.vanId]);
    assert.equal(moved.reportedElsewhere, null);
    const last = moved.history.at(-1)!;
    assert.equal(last.kind, 'take_back');
    assert.equal(last.note, `Taken back at ${f.customerName} on job ${job.number}; was recorded at ${other.name}; move confirmed by Dana Dispatch.`);
    assert.ok(!(await installedAtB()).some((u: { id: string }) => u.id === unitId), "it left B's equipment");

    assert.deepEqual((await auditActions(line.id)).map((a) => a.action), ['create', 'confirm_move']);
    assert.equal((await auditActions(line.id)).at(-1)!.actorId, dispatcher.user.id);
    assert.ok((await jobEvents(job.id)).some((e) => e.type === 'take_back_confirmed' && e.data.moved === true));

    expectStatus(await resolve(line.id, { resolution: 'confirm' }), 409, 'discrepancy_already_resolved');
    expectStatus(await resolve(line.id, { resolution: 'correct', serial: 'TD-HERE-1' }), 409, 'discrepancy_already_resolved');
  });

  test('confirmed before the job ends: the unit moves when it ends', async () => {
    const unitId = await aUnit(t.db, { itemId: f.parts.controller, serial: 'TD-EARLY', status: 'ok', depotId: mainDepot.id });
    const job = await startedJob();
    const line = await takeBack(job.id, { serial: 'TD-EARLY', itemId: f.parts.controller, status: 'ok' });
    expectStatus(await resolve(line.id, { resolution: 'confirm' }), 200);
    assert.equal((await unitDetail(unitId)).depot?.id, mainDepot.id, 'not moved yet: the job is still running');
    assert.equal((await unitDetail(unitId)).reportedElsewhere?.confirmed, true);
    expectStatus(await endJob(f, job.id), 200);
    const moved = await unitDetail(unitId);
    assert.deepEqual([moved.status, moved.depot?.id], ['ok', f.manager.vanId]);
    assert.match(moved.history.at(-1)!.note ?? '', new RegExp(`was recorded at depot ${mainDepot.name}; move confirmed by Dana Dispatch`));
  });

  test('correct: the right serial is checked again like a new one; the unit first named stays at B, untouched', async () => {
    const wrongUnit = await atB('TD-WRONG');
    const rightUnit = await anInstalledUnit(f, f.parts.boiler, 'TD-RIGHT');
    const job = await startedJob();
    const line = await takeBack(job.id, { serial: 'TD-WRONG', itemId: f.parts.boiler, status: 'ok' });
    expectStatus(await endJob(f, job.id), 200);

    const corrected = await resolve(line.id, { resolution: 'correct', serial: ' td-right ' });
    expectStatus(corrected, 200);
    const answered = (corrected.json() as JobDetail).report.takeBacks.find((tb) => tb.id === line.id)!;
    assert.deepEqual([answered.serial, answered.wasFound, answered.recordedElsewhere], ['TD-RIGHT', true, false]);
    assert.deepEqual([answered.discrepancy?.resolution, answered.discrepancy?.reportedSerial], ['corrected', 'TD-WRONG']);

    const wrong = await t.db.selectFrom('serialUnits').select(['status', 'customerId', 'version']).where('id', '=', wrongUnit).executeTakeFirstOrThrow();
    assert.deepEqual(wrong, { status: 'installed', customerId: other.id, version: 1 }, "B's unit untouched");
    const right = await unitDetail(rightUnit);
    assert.deepEqual([right.status, right.depot?.id], ['ok', f.manager.vanId], 'the job has ended: the right unit moves now');
    assert.deepEqual((await auditActions(line.id)).map((a) => a.action), ['create', 'correct_serial']);
  });

  test('correct to an unknown serial makes a new unit; to a serial recorded elsewhere again, still flagged', async () => {
    await atB('TD-WRONG-2');
    await atB('TD-ALSO-B');
    await anInstalledUnit(f, f.parts.boiler, 'TD-STAYS-HERE'); // an unknown serial is a part of a family installed here
    const job = await startedJob();
    const first = await takeBack(job.id, { serial: 'TD-WRONG-2', itemId: f.parts.boiler, status: 'ok' });

    const again = await resolve(first.id, { resolution: 'correct', serial: 'TD-ALSO-B' });
    expectStatus(again, 200);
    const flagged = (again.json() as JobDetail).report.takeBacks.find((tb) => tb.id === first.id)!;
    assert.deepEqual([flagged.serial, flagged.recordedElsewhere, flagged.discrepancy?.resolution], ['TD-ALSO-B', true, null]);
    assert.equal(flagged.discrepancy?.reportedSerial, 'TD-WRONG-2');

    const unknown = await resolve(first.id, { resolution: 'correct', serial: 'TD-NEW-UNIT', itemId: f.parts.boiler });
    expectStatus(unknown, 200);
    assert.equal((unknown.json() as JobDetail).report.takeBacks.find((tb) => tb.id === first.id)!.recordedElsewhere, false);
    expectStatus(await endJob(f, job.id), 200);
    const created = await unitBySerial(t.db, f.parts.boiler, 'TD-NEW-UNIT');
    assert.deepEqual([created?.status, created?.depotId], ['ok', f.manager.vanId]);
  });
});
