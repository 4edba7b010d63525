import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ReserveDetail } from '@contract';
import { aFieldJob, aPhotoRow, fieldFixture, fieldRequest, setSettings, writeAnswers, type FieldFixture } from './helpers/field';
import { as, createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';
import { aReserve } from './reserves.fixtures';

/** Triage of one reserve (PATCH), several (bulk), follow-up jobs, and who hears of a new reserve. */
let t: TestApp;
let fx: FieldFixture;
let sup1: Credentials;
let sup2: Credentials;
let admin: Credentials;
let dispatcher: Credentials;

before(async () => {
  t = await createTestApp();
  fx = await fieldFixture(t);
  sup1 = await signIn(t.app, await createUser(t.db, { role: 'supervisor', displayName: 'Sophie Supervisor' }));
  sup2 = await signIn(t.app, await createUser(t.db, { role: 'supervisor', displayName: 'Bruno Supervisor' }));
  admin = await signIn(t.app, await createUser(t.db, { role: 'admin', displayName: 'Ada Admin' }));
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
});
after(() => t.close());

const patch = (who: Credentials, id: string, body: unknown, version: number | null = 1) =>
  t.app.inject(as(who, { method: 'PATCH', url: `/api/reserves/${id}`, payload: body as object, headers: version === null ? {} : { 'if-match': `"${version}"` } }));
const detail = async (id: string, who = sup1): Promise<ReserveDetail> => {
  const res = await t.app.inject(as(who, { method: 'GET', url: `/api/reserves/${id}` }));
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};
const openReserves = async (jobId: string) => (await t.db.selectFrom('jobs').select('openReserves').where('id', '=', jobId).executeTakeFirstOrThrow()).openReserves;
const auditRows = (id: string) => t.db.selectFrom('auditLog').select(['action', 'actorId', 'changes']).where('entityId', '=', id).execute();
const outboxOf = async (type: string, reserveId: string) =>
  (await t.db.selectFrom('outboxEvents').selectAll().where('type', '=', type).orderBy('id').execute()).filter((e) => JSON.parse(e.payload).reserveId === reserveId);
const history = (d: ReserveDetail) => d.events.map((e) => [e.type, e.fromStatus, e.toStatus, e.comment, e.actorName]);

describe('PATCH /api/reserves/:id', () => {
  test('a status change with a comment: history, resolved time, open count, one audit row, the live event', async () => {
    const job = await aFieldJob(t.db, fx);
    const id = await aReserve(t.db, fx, { jobId: job.id });
    assert.equal(await openReserves(job.id), 1);
    const res = await patch(sup1, id, { status: 'resolved', comment: 'Valve replaced' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers.etag, '"2"');
    const body: ReserveDetail = res.json();
    assert.equal(body.status, 'resolved');
    assert.equal(body.version, 2);
    assert.deepEqual(history(body), [
      ['raised', null, 'unresolved', null, 'Marc Manager'],
      ['status_changed', 'unresolved', 'resolved', 'Valve replaced', 'Sophie Supervisor'],
    ]);
    const row = await t.db.selectFrom('reserves').select(['resolvedAt']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.ok(row.resolvedAt, 'resolved_at is set');
    assert.equal(await openReserves(job.id), 0);
    const audits = await auditRows(id);
    assert.equal(audits.length, 1);
    assert.equal(audits[0]!.actorId, sup1.user.id);
    assert.deepEqual(JSON.parse(audits[0]!.changes).status, { before: 'unresolved', after: 'resolved' });
    const [published] = await outboxOf('reserve.updated', id);
    assert.deepEqual(JSON.parse(published!.payload), { reserveId: id, jobId: job.id, jobNumber: job.number, number: job.number, status: 'resolved', version: 2 });
    const jobHistory = await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', job.id).execute();
    assert.deepEqual(jobHistory.map((e) => [e.type, JSON.parse(e.data).status]), [['reserve_updated', 'resolved']]);

    // Back to unresolved: counted open again, resolved time cleared.
    const back = await patch(sup1, id, { status: 'unresolved' }, 2);
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(await openReserves(job.id), 1);
    assert.equal((await t.db.selectFrom('reserves').select('resolvedAt').where('id', '=', id).executeTakeFirstOrThrow()).resolvedAt, null);
  });

  test('a comment alone → `commented`; an assignee → `assigned`, shown in the grid', async () => {
    const id = await aReserve(t.db, fx);
    const commented = await patch(sup1, id, { comment: 'Calling the customer' });
    assert.equal(commented.statusCode, 200, commented.body);
    const assigned = await patch(admin, id, { assigneeId: sup2.user.id }, 2);
    assert.equal(assigned.statusCode, 200, assigned.body);
    const body: ReserveDetail = assigned.json();
    assert.equal(body.status, 'unresolved');
    assert.equal(body.assigneeName, 'Bruno Supervisor');
    assert.deepEqual(history(body), [
      ['raised', null, 'unresolved', null, 'Marc Manager'],
      ['commented', null, null, 'Calling the customer', 'Sophie Supervisor'],
      ['assigned', null, null, null, 'Ada Admin'],
    ]);
    assert.equal(body.events[2]!.assigneeName, 'Bruno Supervisor');
    assert.equal((await auditRows(id)).length, 2);
    const events = await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/reserves/${id}/events` }));
    assert.equal(events.statusCode, 200);
    assert.deepEqual(events.json().items.map((e: { type: string }) => e.type), ['raised', 'commented', 'assigned']);
    const mine = await t.app.inject(as(sup2, { method: 'GET', url: '/api/reserves?view=mine' }));
    assert.deepEqual(mine.json().items.map((i: { id: string }) => i.id), [id]);
    const unassigned = await patch(sup2, id, { assigneeId: null }, 3);
    assert.equal(unassigned.json().assigneeId, null);
  });

  test('the assignee must be an active supervisor or administrator → 422', async () => {
    const id = await aReserve(t.db, fx);
    const inactive = await createUser(t.db, { role: 'supervisor', active: false });
    for (const assigneeId of [dispatcher.user.id, fx.manager.user.id, inactive.id, 'nobody']) {
      const res = await patch(sup1, id, { assigneeId });
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(res.json().error.code, 'invalid_assignee');
    }
    assert.equal((await detail(id)).version, 1, 'nothing was written');
  });

  test('two supervisors on the same version: the second gets 412 with the current version, then reads the new state', async () => {
    const id = await aReserve(t.db, fx);
    const seen1 = await detail(id, sup1);
    const seen2 = await detail(id, sup2);
    assert.equal((await patch(sup1, id, { status: 'compliant', comment: 'Within tolerance' }, seen1.version)).statusCode, 200);
    const late = await patch(sup2, id, { status: 'resolved', comment: 'Fixed it' }, seen2.version);
    assert.equal(late.statusCode, 412, late.body);
    assert.equal(late.json().error.code, 'version_mismatch');
    assert.equal(late.json().error.details.currentVersion, 2);
    const fresh = await detail(id, sup2);
    assert.equal(fresh.status, 'compliant');
    assert.equal(fresh.events.at(-1)!.comment, 'Within tolerance');
    assert.equal((await auditRows(id)).length, 1, 'the refused change left no trace');
  });

  test('If-Match missing → 428; bad bodies → 400; unknown reserve → 404; dispatcher → 403', async () => {
    const id = await aReserve(t.db, fx);
    assert.equal((await patch(sup1, id, { status: 'resolved' }, null)).statusCode, 428);
    for (const body of [{}, { status: 'closed' }, { comment: '' }, { status: 'resolved', colour: 'red' }, { comment: '<script>' }]) {
      assert.equal((await patch(sup1, id, body)).statusCode, 400, JSON.stringify(body));
    }
    assert.equal((await patch(sup1, 'missing', { status: 'resolved' })).statusCode, 404);
    const forbidden = await patch(dispatcher, id, { status: 'resolved' });
    assert.equal(forbidden.statusCode, 403);
    assert.equal((await detail(id)).status, 'unresolved');
  });

  test("the detail: the field's answer and type, the job's photos (the field's own first), the job", async () => {
    const job = await aFieldJob(t.db, fx, { status: 'started' });
    const other = await aPhotoRow(t.db, job.id, fx.manager.user.id);
    const own = await aPhotoRow(t.db, job.id, fx.manager.user.id);
    await writeAnswers(t.db, job.id, { 'leak-photo': [own] }, fx.manager.user.id);
    const id = await aReserve(t.db, fx, { jobId: job.id, fieldId: 'leak-photo', fieldLabel: 'Photo of the leak' });
    const d = await detail(id, dispatcher);
    assert.equal(d.answer.fieldType, 'photo');
    assert.deepEqual(d.answer.value, [own]);
    assert.equal(d.answer.answeredByName, 'Marc Manager');
    assert.deepEqual(d.photos.map((p) => [p.id, p.answersField]), [[own, true], [other, false]]);
    assert.deepEqual(d.job, { id: job.id, number: job.number, status: 'started' });
    assert.equal(d.followUpJob, null);
    assert.equal((await t.app.inject(as(dispatcher, { method: 'GET', url: '/api/reserves/missing' }))).statusCode, 404);
  });
});

describe('POST /api/reserves/bulk', () => {
  const bulk = (who: Credentials, body: unknown) => t.app.inject(as(who, { method: 'POST', url: '/api/reserves/bulk', payload: body as object }));

  test('changes each reserve at its current state, with history, audit, open counts and live events', async () => {
    const job = await aFieldJob(t.db, fx);
    const ids = [await aReserve(t.db, fx, { jobId: job.id }), await aReserve(t.db, fx, { jobId: job.id }), await aReserve(t.db, fx, { jobId: job.id, status: 'resolved' })];
    await patch(sup1, ids[0]!, { comment: 'Seen' }); // version 2 now: bulk needs no If-Match
    assert.equal(await openReserves(job.id), 2);
    const res = await bulk(sup1, { ids, status: 'resolved', assigneeId: sup1.user.id, comment: 'Batch fix' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { updated: 3, conflicts: [] });
    assert.equal(await openReserves(job.id), 0);
    for (const id of ids) {
      const d = await detail(id);
      assert.equal(d.status, 'resolved');
      assert.equal(d.assigneeId, sup1.user.id);
      assert.equal((await outboxOf('reserve.updated', id)).length, id === ids[0] ? 2 : 1);
    }
    // The already resolved one only got its assignee and the comment.
    assert.deepEqual((await detail(ids[2]!)).events.map((e) => [e.type, e.comment]), [['raised', null], ['commented', 'Batch fix'], ['assigned', null]]);
    assert.deepEqual((await detail(ids[1]!)).events.map((e) => [e.type, e.comment]), [['raised', null], ['status_changed', 'Batch fix'], ['assigned', null]]);
  });

  test('nothing to change is not written; an unknown id → 404 and nothing written; bad input → 400; dispatcher → 403', async () => {
    const id = await aReserve(t.db, fx, { status: 'compliant' });
    assert.deepEqual((await bulk(admin, { ids: [id], status: 'compliant' })).json(), { updated: 0, conflicts: [] });
    const other = await aReserve(t.db, fx);
    const missing = await bulk(sup1, { ids: [other, 'missing'], status: 'resolved' });
    assert.equal(missing.statusCode, 404);
    assert.equal((await detail(other)).status, 'unresolved');
    for (const body of [{ ids: [] }, { ids: [other] }, { ids: [other, other], status: 'resolved' }, { ids: Array(201).fill(other), status: 'resolved' }, { ids: [other], status: 'done' }]) {
      assert.equal((await bulk(sup1, body)).statusCode, 400, JSON.stringify(body).slice(0, 80));
    }
    assert.equal((await bulk(sup1, { ids: [other], assigneeId: dispatcher.user.id })).statusCode, 422);
    assert.equal((await bulk(dispatcher, { ids: [other], status: 'resolved' })).statusCode, 403);
  });
});

describe('POST /api/reserves/:id/follow-up-job', () => {
  const followUp = (who: Credentials, id: string, body: unknown = {}) => t.app.inject(as(who, { method: 'POST', url: `/api/reserves/${id}/follow-up-job`, payload: body as object }));

  test('creates a job pre-filled from the reserve\'s job, linked both ways; a second attempt → 409', async () => {
    const job = await aFieldJob(t.db, fx);
    const id = await aReserve(t.db, fx, { jobId: job.id, description: 'Water under the boiler' });
    const res = await followUp(sup1, id);
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json().job as { id: string; number: string };
    const newJob = await t.db.selectFrom('jobs').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    const source = await t.db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    assert.deepEqual(
      [newJob.number, newJob.status, newJob.customerId, newJob.siteId, newJob.contactId, newJob.jobTypeId, newJob.templateId, newJob.templateVersion],
      [created.number, 'created', source.customerId, source.siteId, source.contactId, source.jobTypeId, source.templateId, source.templateVersion],
    );
    assert.equal(newJob.description, 'Follow-up of reserve on Leak found?: Water under the boiler');
    const created_ = await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', created.id).execute();
    assert.deepEqual(created_.map((e) => [e.type, JSON.parse(e.data)]), [['created', { followUpOfReserveId: id, fromNumber: job.number }]]);
    const d = await detail(id);
    assert.deepEqual(d.followUpJob, created);
    const last = d.events.at(-1)!;
    assert.deepEqual([last.type, last.followUpJobId, last.followUpJobNumber, last.actorName], ['follow_up', created.id, created.number, 'Sophie Supervisor']);
    assert.equal((await auditRows(created.id)).length, 1);

    const again = await followUp(admin, id);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'follow_up_exists');
    assert.deepEqual(again.json().error.details.job, created);
  });

  test('with dates, a manager and a description; bad input → 400; unknown → 404; dispatcher → 403', async () => {
    const id = await aReserve(t.db, fx);
    const planned = { plannedStart: '2030-02-01T08:00:00.000Z', plannedEnd: '2030-02-01T10:00:00.000Z', managerId: fx.manager.user.id, description: 'Replace the valve' };
    assert.equal((await followUp(sup1, id, { ...planned, plannedEnd: '2030-02-01T07:00:00.000Z' })).statusCode, 400);
    assert.equal((await followUp(sup1, id, { colour: 'red' })).statusCode, 400);
    const notTechnician = await followUp(sup1, id, { ...planned, managerId: dispatcher.user.id });
    assert.equal(notTechnician.statusCode, 400, 'the manager must be an active technician (as for any job)');
    assert.equal((await detail(id)).followUpJob, null);
    assert.equal((await followUp(dispatcher, id, planned)).statusCode, 403);
    assert.equal((await followUp(sup1, 'missing', planned)).statusCode, 404);
    const res = await followUp(admin, id, planned);
    assert.equal(res.statusCode, 201, res.body);
    const job = await t.db.selectFrom('jobs').selectAll().where('id', '=', res.json().job.id).executeTakeFirstOrThrow();
    assert.deepEqual([job.status, job.managerId, job.plannedStart, job.description], ['scheduled', fx.manager.user.id, planned.plannedStart, 'Replace the valve']);
  });
});

describe('reserve.raised reaches the roles of settings.reserveAlertRoles', () => {
  const raise = (jobId: string) =>
    t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${jobId}/reserves`, { fieldId: 'leak', status: 'unresolved', description: 'Drip' }));

  test('default: every console role; after the setting changes: only those', async () => {
    const job = await aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
    const first = await raise(job.id);
    assert.equal(first.statusCode, 201, first.body);
    const [event] = await outboxOf('reserve.raised', first.json().reserve.id);
    assert.deepEqual(JSON.parse(event!.audience), ['admin', 'dispatcher', 'supervisor']);

    await setSettings(t.db, { reserveAlertRoles: ['supervisor'] });
    const second = await raise(job.id);
    assert.equal(second.statusCode, 201, second.body);
    const [narrowed] = await outboxOf('reserve.raised', second.json().reserve.id);
    assert.deepEqual(JSON.parse(narrowed!.audience), ['supervisor']);
    await setSettings(t.db, { reserveAlertRoles: ['admin', 'dispatcher', 'supervisor'] });
  });
});
