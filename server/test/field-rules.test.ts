import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aFieldJob, aPhotoRow, aPublishedTemplate, fieldFixture, fieldRequest, writeAnswers, type FieldFixture } from './helpers/field';
import { aField } from './helpers/templates';
import { testAppWith, type TestApp } from './helpers/test-app';

/** The end of a job and the report rules (evaluateReport on the pinned template version). */
let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const end = (jobId: string) => t.app.inject(fieldRequest(fx.manager, 'POST', `/api/field/jobs/${jobId}/end`));
const startedJob = () => aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
const statusOf = async (jobId: string) => (await t.db.selectFrom('jobs').select('status').where('id', '=', jobId).executeTakeFirstOrThrow()).status;

describe('mandatory fields', () => {
  test('an unanswered mandatory field blocks the end: 422 listing it with its family and field labels', async () => {
    const job = await startedJob();
    const res = await end(job.id);
    assert.equal(res.statusCode, 422);
    const { error } = res.json();
    assert.equal(error.code, 'mandatory_fields_missing');
    assert.deepEqual(error.details.missingFields, [{ familyId: 'fam-measures', familyLabel: 'Measures', fieldId: 'pressure', fieldLabel: 'Pressure' }]);
    assert.equal(await statusOf(job.id), 'started');
    const events = await t.db.selectFrom('jobEvents').select('type').where('jobId', '=', job.id).execute();
    assert.deepEqual(events, [], 'a refused end writes no history');
  });

  test('answered → the end goes through', async () => {
    const job = await startedJob();
    await writeAnswers(t.db, job.id, { pressure: 0 });
    const res = await end(job.id);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(await statusOf(job.id), 'completed');
  });
});

describe('a field mandatory only when its condition holds (photo of the leak when "Leak found?" is ticked)', () => {
  test('condition holds and the photo is missing → listed; with the photo → ends', async () => {
    const job = await startedJob();
    await writeAnswers(t.db, job.id, { pressure: 3, leak: true });
    const refused = await end(job.id);
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(
      refused.json().error.details.missingFields.map((m: { familyLabel: string; fieldLabel: string }) => `${m.familyLabel} / ${m.fieldLabel}`),
      ['Checks / Photo of the leak'],
    );
    await writeAnswers(t.db, job.id, { 'leak-photo': [await aPhotoRow(t.db, job.id)] });
    assert.equal((await end(job.id)).statusCode, 200);
  });

  test('condition does not hold (box unticked) → the photo is not required', async () => {
    const job = await startedJob();
    await writeAnswers(t.db, job.id, { pressure: 3, leak: false });
    const res = await end(job.id);
    assert.equal(res.statusCode, 200, res.body);
  });
});

test('the pinned version rules, not a newer one of the same template', async () => {
  const strict = await aPublishedTemplate(t.db, { families: [{ id: 'f', label: 'Only family', fields: [aField('x', { mandatory: true, label: 'X' })] }] });
  const job = await startedJob();
  await t.db.updateTable('jobs').set({ templateId: strict.id, templateVersion: 1 }).where('id', '=', job.id).execute();
  const newer = { families: [{ id: 'f', label: 'Only family', fields: [aField('x', { label: 'X' })] }] };
  await t.db
    .insertInto('reportTemplateVersions')
    .values({ id: crypto.randomUUID(), templateId: strict.id, versionNumber: 2, name: strict.name, definition: JSON.stringify(newer), publishedBy: null, publishedAt: new Date().toISOString() })
    .execute();
  await t.db.updateTable('reportTemplates').set({ currentVersion: 2 }).where('id', '=', strict.id).execute();
  const res = await end(job.id);
  assert.equal(res.statusCode, 422);
  assert.equal(res.json().error.details.missingFields[0].fieldLabel, 'X');
});

test('a job without a template ends without report rules', async () => {
  const job = await startedJob();
  await t.db.updateTable('jobs').set({ templateId: null, templateVersion: null }).where('id', '=', job.id).execute();
  assert.equal((await end(job.id)).statusCode, 200);
});
