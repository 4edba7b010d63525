import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aFieldJob, aPublishedTemplate, fieldFixture, fieldRequest, type FieldFixture } from './helpers/field';
import { aField } from './helpers/templates';
import { testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const startedJob = () => aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
const raise = (jobId: string, payload: unknown, who = fx.manager) => t.app.inject(fieldRequest(who, 'POST', `/api/field/jobs/${jobId}/reserves`, payload));
const patch = (jobId: string, reserveId: string, payload: unknown, who = fx.manager) =>
  t.app.inject(fieldRequest(who, 'PATCH', `/api/field/jobs/${jobId}/reserves/${reserveId}`, payload));
const jobRow = (jobId: string) => t.db.selectFrom('jobs').select(['openReserves', 'version']).where('id', '=', jobId).executeTakeFirstOrThrow();
const LEAK = { fieldId: 'leak', status: 'unresolved', description: 'Water under the boiler' } as const;

describe('raising a reserve', () => {
  test('writes the reserve with its labels, its first event, counts it open, alerts live, then updates the job', async () => {
    const job = await startedJob();
    const res = await raise(job.id, LEAK, fx.auxiliary);
    assert.equal(res.statusCode, 201, res.body);
    const { reserve, jobVersion } = res.json();
    assert.deepEqual(
      { fieldId: reserve.fieldId, fieldLabel: reserve.fieldLabel, familyLabel: reserve.familyLabel, status: reserve.status, raisedByName: reserve.raisedByName },
      { fieldId: 'leak', fieldLabel: 'Leak found?', familyLabel: 'Checks', status: 'unresolved', raisedByName: 'Alice Auxiliary' },
    );
    assert.deepEqual(await jobRow(job.id), { openReserves: 1, version: jobVersion });

    const events = await t.db.selectFrom('reserveEvents').select(['type', 'toStatus', 'actorId']).where('reserveId', '=', reserve.id).execute();
    assert.deepEqual(events, [{ type: 'raised', toStatus: 'unresolved', actorId: fx.auxiliary.user.id }]);
    const outbox = await t.db.selectFrom('outboxEvents').select(['id', 'type', 'payload']).orderBy('id').execute();
    const raised = outbox.find((e) => e.type === 'reserve.raised' && JSON.parse(e.payload).reserveId === reserve.id);
    assert.ok(raised, 'reserve.raised is in the outbox');
    assert.deepEqual(JSON.parse(raised.payload), {
      reserveId: reserve.id,
      jobId: job.id,
      number: job.number,
      jobNumber: job.number,
      fieldLabel: 'Leak found?',
      familyLabel: 'Checks',
      status: 'unresolved',
      description: 'Water under the boiler',
    });
    const updated = outbox.find((e) => e.type === 'job.updated' && JSON.parse(e.payload).jobId === job.id);
    assert.ok(updated && updated.id > raised.id, 'job.updated comes last');
    const history = await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', job.id).execute();
    assert.deepEqual(history.map((h) => [h.type, JSON.parse(h.data)]), [['reserve_raised', { reserveId: reserve.id, fieldLabel: 'Leak found?', status: 'unresolved' }]]);
    const audits = await t.db.selectFrom('auditLog').select(['action', 'entityType']).where('entityId', '=', reserve.id).execute();
    assert.deepEqual(audits, [{ action: 'raise', entityType: 'reserve' }]);
  });

  test('a compliant or resolved reserve is not counted open', async () => {
    const job = await startedJob();
    for (const status of ['compliant', 'resolved']) assert.equal((await raise(job.id, { ...LEAK, status })).statusCode, 201);
    assert.equal((await jobRow(job.id)).openReserves, 0);
  });

  test('on any field of the pinned template, even one hidden by a condition; an unknown field → 404', async () => {
    const job = await startedJob();
    assert.equal((await raise(job.id, { ...LEAK, fieldId: 'leak-cause' })).statusCode, 201);
    assert.equal((await raise(job.id, { ...LEAK, fieldId: 'colour' })).statusCode, 404);
  });

  test('a field that takes no reserves → 422 reserves_not_allowed', async () => {
    const template = await aPublishedTemplate(t.db, { families: [{ id: 'f', label: 'F', fields: [aField('quiet', { reservesAllowed: false })] }] });
    const job = await startedJob();
    await t.db.updateTable('jobs').set({ templateId: template.id, templateVersion: 1 }).where('id', '=', job.id).execute();
    const res = await raise(job.id, { ...LEAK, fieldId: 'quiet' });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'reserves_not_allowed');
  });

  test('bad input → 400: description required, status among unresolved|resolved|compliant, no unknown keys', async () => {
    const job = await startedJob();
    for (const payload of [
      { ...LEAK, description: '' },
      { fieldId: 'leak', status: 'unresolved' },
      { ...LEAK, status: 'open' },
      { ...LEAK, severity: 'high' },
      { ...LEAK, description: '<b>leak</b>' },
    ]) {
      const res = await raise(job.id, payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
    }
    assert.equal((await jobRow(job.id)).version, 1, 'nothing written');
  });

  test('a job not in progress → 409 job_not_in_progress', async () => {
    const job = await aFieldJob(t.db, fx);
    const res = await raise(job.id, LEAK);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'job_not_in_progress');
  });
});

describe('changing a reserve', () => {
  test('status changes keep open_reserves right and write status_changed events', async () => {
    const job = await startedJob();
    const { reserve } = (await raise(job.id, LEAK)).json();
    const resolved = await patch(job.id, reserve.id, { status: 'resolved' }, fx.auxiliary);
    assert.equal(resolved.statusCode, 200, resolved.body);
    assert.equal(resolved.json().reserve.status, 'resolved');
    assert.equal(resolved.json().reserve.version, 2);
    assert.equal((await jobRow(job.id)).openReserves, 0);
    await patch(job.id, reserve.id, { status: 'unresolved', description: 'Came back' });
    assert.equal((await jobRow(job.id)).openReserves, 1);
    await patch(job.id, reserve.id, { status: 'compliant' });
    assert.equal((await jobRow(job.id)).openReserves, 0);

    const events = await t.db.selectFrom('reserveEvents').select(['type', 'fromStatus', 'toStatus']).where('reserveId', '=', reserve.id).orderBy('occurredAt').execute();
    assert.deepEqual(
      events.map((e) => [e.type, e.fromStatus, e.toStatus]),
      [
        ['raised', null, 'unresolved'],
        ['status_changed', 'unresolved', 'resolved'],
        ['status_changed', 'resolved', 'unresolved'],
        ['status_changed', 'unresolved', 'compliant'],
      ],
    );
    const history = await t.db.selectFrom('jobEvents').select('type').where('jobId', '=', job.id).execute();
    assert.deepEqual(history.map((h) => h.type).sort(), ['reserve_raised', 'reserve_updated', 'reserve_updated', 'reserve_updated']);
    const row = await t.db.selectFrom('reserves').select(['description', 'resolvedAt']).where('id', '=', reserve.id).executeTakeFirstOrThrow();
    assert.equal(row.description, 'Came back');
    assert.ok(row.resolvedAt);
  });

  test("another job's reserve → 404; an empty patch → 400; the job ended → 409", async () => {
    const job = await startedJob();
    const other = await startedJob();
    const { reserve } = (await raise(job.id, LEAK)).json();
    assert.equal((await patch(other.id, reserve.id, { status: 'resolved' })).statusCode, 404);
    assert.equal((await patch(job.id, reserve.id, {})).statusCode, 400);
    await t.db.updateTable('jobs').set({ status: 'completed' }).where('id', '=', job.id).execute();
    const closed = await patch(job.id, reserve.id, { status: 'resolved' });
    assert.equal(closed.statusCode, 409);
    assert.equal(closed.json().error.code, 'job_not_in_progress');
  });
});
