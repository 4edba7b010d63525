import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FieldJobCopy } from '@contract';
import { aFieldJob, fieldFixture, fieldRequest, setSettings, type FieldFixture, type FieldTechnician } from './helpers/field';
import { testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const duplicate = (jobId: string, payload?: unknown, who: FieldTechnician = fx.manager, key?: string) =>
  t.app.inject(fieldRequest(who, 'POST', `/api/field/jobs/${jobId}/duplicate`, payload, key));
const jobCount = async () => Number((await t.db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('POST /api/field/jobs/:id/duplicate (source, step 1.2)', () => {
  test('refused with 403 job_creation_disabled while app-side job creation is off; nothing created', async () => {
    await setSettings(t.db, { technicianJobCreation: false });
    const before = await jobCount();
    const res = await duplicate(fx.job.id, {});
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(res.json().error.code, 'job_creation_disabled');
    assert.equal(await jobCount(), before);
  });

  test('without dates: a copy in the job pool, unassigned, made from the app; both histories name each other; audited', async () => {
    await setSettings(t.db, { technicianJobCreation: true });
    const source = await t.db.selectFrom('jobs').selectAll().where('id', '=', fx.job.id).executeTakeFirstOrThrow();
    const res = await duplicate(fx.job.id);
    assert.equal(res.statusCode, 201, res.body);
    const copy = res.json() as FieldJobCopy;
    assert.deepEqual({ ...copy, id: undefined, number: undefined }, {
      id: undefined,
      number: undefined,
      status: 'created',
      plannedStart: null,
      plannedEnd: null,
      assignedToYou: false,
    });
    assert.notEqual(copy.number, source.number);
    assert.equal(res.headers.location, undefined, 'the pool is dispatch’s: the technician is not sent to read it');
    const row = await t.db.selectFrom('jobs').selectAll().where('id', '=', copy.id).executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.customerId, row.siteId, row.contactId, row.description, row.managerId, row.createdFrom, row.createdBy],
      [source.customerId, source.siteId, source.contactId, source.description, null, 'field', fx.manager.user.id],
    );
    assert.equal((await t.db.selectFrom('jobTechnicians').select('userId').where('jobId', '=', copy.id).execute()).length, 0);
    const copyEvent = await t.db.selectFrom('jobEvents').select(['type', 'source', 'data']).where('jobId', '=', copy.id).executeTakeFirstOrThrow();
    assert.deepEqual([copyEvent.type, copyEvent.source, JSON.parse(copyEvent.data).fromNumber], ['duplicated', 'field', source.number]);
    const sourceEvents = await t.db.selectFrom('jobEvents').select(['type', 'data']).where('jobId', '=', fx.job.id).where('type', '=', 'duplicated').execute();
    assert.ok(sourceEvents.some((e) => JSON.parse(e.data).toNumber === copy.number), 'the original’s history names the copy');
    const audit = await t.db.selectFrom('auditLog').select(['action', 'actorId']).where('entityId', '=', copy.id).executeTakeFirstOrThrow();
    assert.deepEqual(audit, { action: 'duplicate', actorId: fx.manager.user.id });
    const read = await t.app.inject(fieldRequest(fx.manager, 'GET', `/api/field/jobs/${copy.id}`));
    assert.equal(read.statusCode, 404, 'a job in the pool is not yet any technician’s');
  });

  test('with dates: scheduled with the caller as job manager (an auxiliary of the original too), readable in the app', async () => {
    await setSettings(t.db, { technicianJobCreation: true });
    const plannedStart = inHours(24);
    const plannedEnd = inHours(26);
    const res = await duplicate(fx.job.id, { plannedStart, plannedEnd }, fx.auxiliary);
    assert.equal(res.statusCode, 201, res.body);
    const copy = res.json() as FieldJobCopy;
    assert.deepEqual([copy.status, copy.plannedStart, copy.plannedEnd, copy.assignedToYou], ['scheduled', plannedStart, plannedEnd, true]);
    assert.equal(res.headers.location, `/api/field/jobs/${copy.id}`);
    const detail = await t.app.inject(fieldRequest(fx.auxiliary, 'GET', `/api/field/jobs/${copy.id}`));
    assert.equal(detail.statusCode, 200, detail.body);
    assert.equal(detail.json().myRole, 'manager');
    assert.deepEqual(detail.json().technicians.map((x: { userId: string }) => x.userId), [fx.auxiliary.user.id]);
  });

  test('idempotent: the same Idempotency-Key twice makes one copy and answers the same', async () => {
    await setSettings(t.db, { technicianJobCreation: true });
    const before = await jobCount();
    const key = crypto.randomUUID();
    const first = await duplicate(fx.job.id, {}, fx.manager, key);
    const again = await duplicate(fx.job.id, {}, fx.manager, key);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(again.body, first.body);
    assert.equal(await jobCount(), before + 1);
  });

  test('bad input → 400; another technician’s job or an unknown id → 404; never a 500', async () => {
    await setSettings(t.db, { technicianJobCreation: true });
    const pooled = await aFieldJob(t.db, fx, { status: 'created' });
    const before = await jobCount();
    for (const payload of [
      { plannedStart: inHours(1) },
      { plannedEnd: inHours(2) },
      { plannedStart: inHours(2), plannedEnd: inHours(1) },
      { plannedStart: 'tomorrow', plannedEnd: inHours(1) },
      { managerId: fx.outsider.user.id },
      [],
    ]) {
      const res = await duplicate(fx.job.id, payload);
      assert.equal(res.statusCode, 400, `${JSON.stringify(payload)}: ${res.body}`);
      assert.equal(res.json().error.code, 'invalid_input');
    }
    assert.equal((await duplicate(fx.job.id, {}, fx.outsider)).statusCode, 404);
    assert.equal((await duplicate(crypto.randomUUID(), {})).statusCode, 404);
    assert.equal((await duplicate(pooled.id, {})).statusCode, 404, 'a job not yet the technician’s');
    assert.equal(await jobCount(), before);
  });
});
