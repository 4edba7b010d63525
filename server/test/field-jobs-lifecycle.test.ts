import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FieldJobDetail } from '@contract';
import { aFieldJob, fieldFixture, fieldRequest, MANDATORY_ANSWERS, writeAnswers, type FieldFixture } from './helpers/field';
import { testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const act = (jobId: string, action: string, who = fx.manager) => t.app.inject(fieldRequest(who, 'POST', `/api/field/jobs/${jobId}/${action}`));
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
/** Moves the latest history line of `type` back in time: the clock of the worked-time tests. */
async function backdate(jobId: string, type: string, minutes: number) {
  const event = await t.db.selectFrom('jobEvents').select('id').where('jobId', '=', jobId).where('type', '=', type).orderBy('occurredAt', 'desc').executeTakeFirstOrThrow();
  await t.db.updateTable('jobEvents').set({ occurredAt: minutesAgo(minutes) }).where('id', '=', event.id).execute();
}
const outbox = async (type: string, jobId: string) =>
  (await t.db.selectFrom('outboxEvents').select('payload').where('type', '=', type).execute()).map((r) => JSON.parse(r.payload)).filter((p) => p.jobId === jobId);

test('start → 200 with the job started; a repeated start is harmless (same job, nothing written)', async () => {
  const job = await aFieldJob(t.db, fx);
  const res = await act(job.id, 'start', fx.auxiliary);
  assert.equal(res.statusCode, 200, res.body);
  const started = res.json() as FieldJobDetail;
  assert.equal(started.status, 'started');
  assert.ok(started.actualStart);
  assert.deepEqual(started.allowedActions, ['pause']);
  const again = await act(job.id, 'start');
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().version, started.version);
  assert.equal(again.json().actualStart, started.actualStart);
  const events = await t.db.selectFrom('jobEvents').select('type').where('jobId', '=', job.id).execute();
  assert.deepEqual(events, [{ type: 'started' }]);
  assert.equal((await outbox('job.status_changed', job.id)).length, 1);
});

test('worked time excludes pauses', async () => {
  const job = await aFieldJob(t.db, fx);
  await act(job.id, 'start');
  await backdate(job.id, 'started', 90); // worked 90 minutes…
  const paused = (await act(job.id, 'pause')).json() as FieldJobDetail;
  assert.equal(paused.status, 'paused');
  assert.ok(Math.abs(paused.workedSeconds - 90 * 60) <= 2, `${paused.workedSeconds}`);
  assert.ok(paused.pausedAt);
  await backdate(job.id, 'paused', 60); // …paused an hour…
  const resumed = (await act(job.id, 'resume')).json() as FieldJobDetail;
  assert.equal(resumed.status, 'started');
  assert.equal(resumed.pausedAt, null);
  assert.equal(resumed.workedSeconds, paused.workedSeconds, 'the pause adds nothing');
  await backdate(job.id, 'resumed', 30); // …then 30 more minutes.
  await writeAnswers(t.db, job.id, MANDATORY_ANSWERS);
  const ended = (await act(job.id, 'end')).json() as FieldJobDetail;
  assert.equal(ended.status, 'completed');
  assert.ok(Math.abs(ended.workedSeconds - 120 * 60) <= 3, `${ended.workedSeconds}`);
  assert.ok(ended.actualEnd);
  assert.deepEqual(ended.allowedActions, []);
});

test('ending a paused job adds no time; the end publishes job.returned', async () => {
  const job = await aFieldJob(t.db, fx, { status: 'paused', actualStart: minutesAgo(100), pausedAt: minutesAgo(50), workedSeconds: 600 });
  await writeAnswers(t.db, job.id, MANDATORY_ANSWERS);
  const res = await act(job.id, 'end');
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().workedSeconds, 600);
  assert.equal((await outbox('job.returned', job.id)).length, 1);
  const row = await t.db.selectFrom('jobs').select(['completedAt', 'status']).where('id', '=', job.id).executeTakeFirstOrThrow();
  assert.equal(row.status, 'completed');
  assert.ok(row.completedAt);
});

test('actions out of order → 409 invalid_transition with the current status', async () => {
  const job = await aFieldJob(t.db, fx);
  for (const action of ['pause', 'resume', 'end']) {
    const res = await act(job.id, action);
    assert.equal(res.statusCode, 409, action);
    assert.equal(res.json().error.code, 'invalid_transition');
    assert.equal(res.json().error.details.currentStatus, 'scheduled');
  }
  const done = await aFieldJob(t.db, fx, { status: 'completed' });
  assert.equal((await act(done.id, 'start')).statusCode, 409);
});

test('only the job manager may end: an auxiliary → 403 not_job_manager, the job stays started', async () => {
  const job = await aFieldJob(t.db, fx, { status: 'started', actualStart: minutesAgo(10) });
  await writeAnswers(t.db, job.id, MANDATORY_ANSWERS);
  const refused = await act(job.id, 'end', fx.auxiliary);
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json().error.code, 'not_job_manager');
  assert.equal((await t.db.selectFrom('jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status, 'started');
  const allowed = await act(job.id, 'end', fx.manager);
  assert.equal(allowed.statusCode, 200, allowed.body);
});

test('each step writes its history line and audit row, by the technician, from the field', async () => {
  const job = await aFieldJob(t.db, fx);
  for (const action of ['start', 'pause', 'resume']) assert.equal((await act(job.id, action)).statusCode, 200);
  await writeAnswers(t.db, job.id, MANDATORY_ANSWERS);
  assert.equal((await act(job.id, 'end')).statusCode, 200);
  const events = await t.db.selectFrom('jobEvents').select(['type', 'fromStatus', 'toStatus', 'actorId', 'source']).where('jobId', '=', job.id).orderBy('occurredAt').execute();
  assert.deepEqual(
    events.map((e) => [e.type, e.fromStatus, e.toStatus]),
    [
      ['started', 'scheduled', 'started'],
      ['paused', 'started', 'paused'],
      ['resumed', 'paused', 'started'],
      ['completed', 'started', 'completed'],
    ],
  );
  assert.ok(events.every((e) => e.actorId === fx.manager.user.id && e.source === 'field'));
  const audits = await t.db.selectFrom('auditLog').select(['action', 'actorId']).where('entityId', '=', job.id).orderBy('occurredAt').execute();
  assert.deepEqual(audits.map((a) => a.action), ['start', 'pause', 'resume', 'end']);
  assert.ok(audits.every((a) => a.actorId === fx.manager.user.id));
});

test('a body with unknown keys → 400; an empty object is fine', async () => {
  const job = await aFieldJob(t.db, fx);
  const odd = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/start`, { force: true }));
  assert.equal(odd.statusCode, 400);
  assert.equal(odd.json().error.details.issues[0].path, 'force');
  const empty = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/start`, {}));
  assert.equal(empty.statusCode, 200, empty.body);
});

test('a write without Idempotency-Key → 400 idempotency_key_required', async () => {
  const job = await aFieldJob(t.db, fx);
  const res = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/start`, undefined, null));
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.code, 'idempotency_key_required');
});
