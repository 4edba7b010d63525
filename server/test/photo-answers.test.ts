import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MANDATORY_ANSWERS, aFieldJob, aPhotoRow, fieldFixture, fieldRequest, type FieldFixture } from './helpers/field';
import { as, createUser, signIn, testAppWith, type TestApp } from './helpers/test-app';

/**
 * Photos that a report answer uses (issue 14 §2): an answer never points at a missing photo. Deleting
 * a photo an answer uses is refused with 409 attachment_in_use naming the field (the app takes it out
 * of the answer first: nothing is lost silently), and ending a job checks photo answers against the
 * photos that exist.
 */
let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const startedJob = () => aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
const put = (jobId: string, fieldId: string, value: unknown) =>
  t.app.inject(fieldRequest(fx.manager, 'PUT', `/api/field/jobs/${jobId}/answers/${fieldId}`, { value }));
const deletePhoto = (jobId: string, photoId: string) => t.app.inject(fieldRequest(fx.manager, 'DELETE', `/api/field/jobs/${jobId}/attachments/${photoId}`));
const photoExists = async (id: string) => !!(await t.db.selectFrom('attachments').select('id').where('id', '=', id).executeTakeFirst());

test('a photo an answer uses cannot be deleted (409 naming the field); once out of the answer it can', async () => {
  const job = await startedJob();
  const [used, spare] = [await aPhotoRow(t.db, job.id, fx.manager.user.id), await aPhotoRow(t.db, job.id, fx.manager.user.id)];
  assert.equal((await put(job.id, 'leak', true)).statusCode, 200);
  assert.equal((await put(job.id, 'leak-photo', [used, spare])).statusCode, 200);

  const refused = await deletePhoto(job.id, used);
  assert.equal(refused.statusCode, 409, refused.body);
  assert.equal(refused.json().error.code, 'attachment_in_use');
  assert.deepEqual(refused.json().error.details.fields, [{ fieldId: 'leak-photo', fieldLabel: 'Photo of the leak' }]);
  assert.ok(await photoExists(used), 'nothing was deleted');

  assert.equal((await put(job.id, 'leak-photo', [spare])).statusCode, 200);
  const deleted = await deletePhoto(job.id, used);
  assert.ok(deleted.statusCode < 300, deleted.body);
  assert.equal(await photoExists(used), false);
});

test('ending checks photo answers against the photos that exist: one pointing at nothing is unanswered', async () => {
  const job = await startedJob();
  const photo = await aPhotoRow(t.db, job.id, fx.manager.user.id);
  assert.equal((await put(job.id, 'leak', true)).statusCode, 200);
  assert.equal((await put(job.id, 'leak-photo', [photo])).statusCode, 200);
  assert.equal((await put(job.id, 'pressure', MANDATORY_ANSWERS.pressure)).statusCode, 200);
  // What a database written before this rule may hold: the photo gone, the answer still naming it.
  await t.db.deleteFrom('attachments').where('id', '=', photo).execute();

  const refused = await t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${job.id}/end`, {}));
  assert.equal(refused.statusCode, 422, refused.body);
  assert.equal(refused.json().error.code, 'mandatory_fields_missing');
  assert.deepEqual(
    refused.json().error.details.missingFields.map((f: { fieldId: string }) => f.fieldId),
    ['leak-photo'],
  );
  const dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher', displayName: 'Dan Dispatcher' }));
  const office = (await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/jobs/${job.id}` }))).json();
  assert.equal(
    office.report.answers.find((a: { fieldId: string }) => a.fieldId === 'leak-photo'),
    undefined,
    'the office is never shown an answer naming a photo that is gone',
  );
});
