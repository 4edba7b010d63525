import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FieldJobDetail } from '@contract';
import { aFieldJob, aPublishedTemplate, fieldDefinition, fieldFixture, fieldRequest, setSettings, type FieldFixture } from './helpers/field';
import { testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('POST /api/field/jobs', () => {
  const create = (payload: unknown) => t.app.inject(fieldRequest(fx.auxiliary, 'POST', '/api/field/jobs', payload));
  const body = () => ({ customerId: fx.customerId, siteId: fx.siteId, contactId: fx.contactId, description: 'Found a second boiler', plannedStart: inHours(1), plannedEnd: inHours(2) });

  test('refused with 403 job_creation_disabled while the setting is off; nothing created', async () => {
    await setSettings(t.db, { technicianJobCreation: false });
    const res = await create(body());
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'job_creation_disabled');
    assert.equal((await t.db.selectFrom('jobs').select('id').where('description', '=', 'Found a second boiler').execute()).length, 0);
  });

  test('accepted when on: numbered by the counter, scheduled, the caller its manager, created from the field', async () => {
    await setSettings(t.db, { technicianJobCreation: true, jobNumberPrefix: 'FD-' });
    const res = await create(body());
    assert.equal(res.statusCode, 201, res.body);
    const detail = res.json() as FieldJobDetail;
    assert.match(detail.number, /^FD-\d{6,}$/);
    assert.equal(res.headers.location, `/api/field/jobs/${detail.id}`);
    assert.equal(detail.status, 'scheduled');
    assert.equal(detail.myRole, 'manager');
    assert.deepEqual(detail.technicians.map((x) => x.userId), [fx.auxiliary.user.id]);
    const row = await t.db.selectFrom('jobs').selectAll().where('id', '=', detail.id).executeTakeFirstOrThrow();
    assert.equal(row.createdFrom, 'field');
    assert.equal(row.createdBy, fx.auxiliary.user.id);
    assert.equal(row.managerId, fx.auxiliary.user.id);
    assert.equal(row.seq, Number(detail.number.slice(3)));
    assert.equal(row.searchText, `boulangerie etoile | paris ^ ${detail.number.replace('-', ' ').toLowerCase()} found second boiler`, 'searchable by customer, city, number and description');
    const events = await t.db.selectFrom('jobEvents').select(['type', 'toStatus', 'source']).where('jobId', '=', detail.id).execute();
    assert.deepEqual(events, [{ type: 'created', toStatus: 'scheduled', source: 'field' }]);
    const audits = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', detail.id).execute();
    assert.deepEqual(audits, [{ action: 'create' }]);
    const second = await create(body());
    assert.equal(Number(second.json().number.slice(3)), row.seq + 1, 'the next job takes the next number');
    const listed = await t.app.inject(fieldRequest(fx.auxiliary, 'GET', '/api/field/jobs'));
    assert.ok(listed.json().items.some((j: { id: string }) => j.id === detail.id), 'the new job is in the creator’s list');
  });

  test("takes the default template's latest published version", async () => {
    const template = await aPublishedTemplate(t.db, fieldDefinition(), 'Default visit');
    await setSettings(t.db, { technicianJobCreation: true, defaultTemplateId: template.id });
    const res = await create(body());
    assert.equal(res.json().template.id, template.id);
    assert.equal(res.json().template.version, 1);
    await setSettings(t.db, { defaultTemplateId: null });
  });

  test('bad references and input → 400, never a 500', async () => {
    await setSettings(t.db, { technicianJobCreation: true });
    const other = await fieldFixture(t);
    for (const payload of [
      { ...body(), customerId: crypto.randomUUID() },
      { ...body(), siteId: other.siteId },
      { ...body(), contactId: other.contactId },
      { ...body(), jobTypeId: crypto.randomUUID() },
      { ...body(), plannedEnd: inHours(0.5) },
      { ...body(), description: '' },
      { ...body(), status: 'started' },
      { ...body(), managerId: fx.manager.user.id },
    ]) {
      const res = await create(payload);
      assert.equal(res.statusCode, 400, `${JSON.stringify(payload)}: ${res.body}`);
    }
  });
});

describe('POST /api/field/jobs/:id/decline', () => {
  const decline = (jobId: string, payload: unknown, who = fx.manager) => t.app.inject(fieldRequest(who, 'POST', `/api/field/jobs/${jobId}/decline`, payload));

  test('refused with 403 decline_disabled when the setting is off', async () => {
    await setSettings(t.db, { technicianDeclineAllowed: false });
    const job = await aFieldJob(t.db, fx);
    const res = await decline(job.id, { reason: 'Van broken' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'decline_disabled');
    await setSettings(t.db, { technicianDeclineAllowed: true });
  });

  test('back to the pool: status created, no technicians, reason and proposed date kept, the technicians in the history', async () => {
    const job = await aFieldJob(t.db, fx, { status: 'synchronized' });
    const proposedStart = inHours(48);
    const res = await decline(job.id, { reason: 'Part not in stock', proposedStart });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'created');
    const row = await t.db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    assert.deepEqual(
      { status: row.status, declineReason: row.declineReason, proposedStart: row.proposedStart, managerId: row.managerId },
      { status: 'created', declineReason: 'Part not in stock', proposedStart, managerId: null },
    );
    assert.ok(row.declinedAt);
    assert.equal((await t.db.selectFrom('jobTechnicians').select('userId').where('jobId', '=', job.id).execute()).length, 0);
    const event = await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', job.id).executeTakeFirstOrThrow();
    assert.equal(event.type, 'declined');
    const data = JSON.parse(event.data);
    assert.equal(data.reason, 'Part not in stock');
    assert.deepEqual(data.technicians.map((x: { userId: string; role: string }) => [x.userId, x.role]), [
      [fx.manager.user.id, 'manager'],
      [fx.auxiliary.user.id, 'auxiliary'],
    ]);
    const live = await t.db.selectFrom('outboxEvents').select('payload').where('type', '=', 'job.status_changed').execute();
    assert.ok(live.some((e) => JSON.parse(e.payload).jobId === job.id));
    const gone = await t.app.inject(fieldRequest(fx.manager, 'GET', `/api/field/jobs/${job.id}`));
    assert.equal(gone.statusCode, 404, 'the job left the technician');
  });

  test('only scheduled or synchronized jobs (409), only by the job manager (403), reason required, proposed date in the future (400)', async () => {
    const started = await aFieldJob(t.db, fx, { status: 'started' });
    const late = await decline(started.id, { reason: 'Too late' });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().error.code, 'invalid_transition');
    const job = await aFieldJob(t.db, fx);
    const byAuxiliary = await decline(job.id, { reason: 'Not me' }, fx.auxiliary);
    assert.equal(byAuxiliary.statusCode, 403);
    assert.equal(byAuxiliary.json().error.code, 'not_job_manager');
    for (const payload of [{}, { reason: '' }, { reason: 'Ok', proposedStart: inHours(-1) }, { reason: 'Ok', proposedStart: 'tomorrow' }, { reason: 'Ok', colour: 1 }]) {
      assert.equal((await decline(job.id, payload)).statusCode, 400, JSON.stringify(payload));
    }
    assert.equal((await t.db.selectFrom('jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status, 'scheduled');
  });
});
