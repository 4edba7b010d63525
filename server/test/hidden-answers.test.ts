import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MANDATORY_ANSWERS, aFieldJob, fieldFixture, fieldRequest, type FieldFixture } from './helpers/field';
import { as, createUser, signIn, testAppWith, type Credentials, type TestApp } from './helpers/test-app';

/**
 * Hidden answers (issue 14 §3): the technician answers "cause of the leak", then unticks "leak
 * found". The answer is kept (the app brings it back if the box is ticked again) but stops counting:
 * the office's job page and review, the PDF and the online view do not show it, and it is not
 * mandatory (ending works without it).
 */
let t: TestApp;
let fx: FieldFixture;
let dispatcher: Credentials;
before(async () => {
  ({ t, fx } = await testAppWith(fieldFixture));
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher', displayName: 'Dan Dispatcher' }));
});
after(() => t.close());

const put = (jobId: string, fieldId: string, value: unknown) =>
  t.app.inject(fieldRequest(fx.manager, 'PUT', `/api/field/jobs/${jobId}/answers/${fieldId}`, { value }));
const fieldIds = (answers: { fieldId: string }[]) => answers.map((a) => a.fieldId).sort();

test('an answer its condition hides stays with the app but leaves the report the office reads', async () => {
  const job = await aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
  assert.equal((await put(job.id, 'leak', true)).statusCode, 200);
  assert.equal((await put(job.id, 'leak-cause', 'Corroded joint')).statusCode, 200);
  assert.equal((await put(job.id, 'pressure', MANDATORY_ANSWERS.pressure)).statusCode, 200);

  const office = async () => (await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/jobs/${job.id}` }))).json().report.answers;
  assert.deepEqual(fieldIds(await office()), ['leak', 'leak-cause', 'pressure'], 'shown while its condition holds');

  assert.equal((await put(job.id, 'leak', false)).statusCode, 200);
  assert.deepEqual(fieldIds(await office()), ['leak', 'pressure'], 'the office no longer sees it');
  const app = (await t.app.inject(fieldRequest(fx.manager, 'GET', `/api/field/jobs/${job.id}`))).json();
  assert.ok(fieldIds(app.report.answers).includes('leak-cause'), 'the app keeps it, to bring it back');

  assert.equal((await put(job.id, 'leak', true)).statusCode, 200);
  const back = (await office()).find((a: { fieldId: string }) => a.fieldId === 'leak-cause');
  assert.equal(back?.value, 'Corroded joint', 'ticking the box again brings the same answer back');
});

test('a field hidden after it was answered is not mandatory: the job ends without it', async () => {
  const job = await aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
  // The photo becomes mandatory when a leak is found; "found" and then "not found" again.
  assert.equal((await put(job.id, 'leak', true)).statusCode, 200);
  assert.equal((await put(job.id, 'pressure', MANDATORY_ANSWERS.pressure)).statusCode, 200);
  const refused = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/end`, {}));
  assert.equal(refused.statusCode, 422, 'the photo is mandatory while the leak is ticked');
  assert.equal(refused.json().error.code, 'mandatory_fields_missing');
  assert.equal((await put(job.id, 'leak', false)).statusCode, 200);
  const ended = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/end`, {}));
  assert.equal(ended.statusCode, 200, ended.body);
});
