import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { aFieldJob, fieldFixture, fieldRequest, sendRetrying, setSettings, type FieldFixture } from './helpers/field';
import { testAppWith, type TestApp } from './helpers/test-app';

/**
 * An app that retries after a timeout never creates a second row: the same request with the same
 * Idempotency-Key, sent 5 times at once, does the work once and every sender gets the same answer
 * (a sender that arrives while the first still runs gets 409 + Retry-After and retries, as the app does).
 */
let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const startedJob = () => aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
const count = async (table: 'reserves' | 'reportAnswers' | 'jobs' | 'jobEvents', jobId?: string) => {
  let q = t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n'));
  if (jobId) q = q.where(table === 'jobs' ? 'id' : 'jobId', '=', jobId);
  return Number((await q.executeTakeFirstOrThrow()).n);
};
const fiveAtOnce = (request: ReturnType<typeof fieldRequest>) => Promise.all(Array.from({ length: 5 }, () => sendRetrying(t.app, request)));

test('a reserve sent 5 times at once with one key: one reserve, five identical answers', async () => {
  const job = await startedJob();
  const request = fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/reserves`, { fieldId: 'leak', status: 'unresolved', description: 'Drip' });
  const answers = await fiveAtOnce(request);
  for (const res of answers) {
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.body, answers[0]!.body);
  }
  assert.equal(await count('reserves', job.id), 1);
  assert.equal((await t.db.selectFrom('jobs').select('openReserves').where('id', '=', job.id).executeTakeFirstOrThrow()).openReserves, 1);
  assert.equal(await count('jobEvents', job.id), 1);
});

test('an answer sent 5 times at once with one key: one answer row, one history line, five identical answers', async () => {
  const job = await startedJob();
  const request = fieldRequest(fx.manager, 'PUT', `/api/field/jobs/${job.id}/answers/pressure`, { value: 7 });
  const answers = await fiveAtOnce(request);
  for (const res of answers) {
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.body, answers[0]!.body);
  }
  assert.equal(await count('reportAnswers', job.id), 1);
  assert.equal(await count('jobEvents', job.id), 1);
});

test('a job creation sent 5 times at once creates one job', async () => {
  await setSettings(t.db, { technicianJobCreation: true });
  const before = await count('jobs');
  const request = fieldRequest(fx.manager, 'POST', '/api/field/jobs', { customerId: fx.customerId, siteId: fx.siteId, description: 'Retried creation' });
  const answers = await fiveAtOnce(request);
  for (const res of answers) assert.equal(res.body, answers[0]!.body);
  assert.equal(answers[0]!.statusCode, 201);
  assert.equal((await count('jobs')) - before, 1);
});

test('the same key with another body → 422 idempotency_key_reused, nothing written', async () => {
  const job = await startedJob();
  const key = crypto.randomUUID();
  const first = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/reserves`, { fieldId: 'leak', status: 'unresolved', description: 'One' }, key));
  assert.equal(first.statusCode, 201);
  const other = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/reserves`, { fieldId: 'leak', status: 'unresolved', description: 'Two' }, key));
  assert.equal(other.statusCode, 422);
  assert.equal(other.json().error.code, 'idempotency_key_reused');
  assert.equal(await count('reserves', job.id), 1);
});

test('a retried start replays the first answer even after the job moved on', async () => {
  const job = await aFieldJob(t.db, fx);
  const key = crypto.randomUUID();
  const first = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/start`, undefined, key));
  await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/pause`));
  const retry = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/start`, undefined, key));
  assert.equal(retry.statusCode, 200);
  assert.equal(retry.body, first.body);
  assert.equal(retry.headers['idempotent-replayed'], 'true');
});
