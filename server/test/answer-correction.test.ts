import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { JobDetail } from '@contract';
import { fieldDefinition, setSettings, writeAnswers } from './helpers/field';
import { aJobIn, jobFixture, readJob, type JobFixture } from './helpers/jobs';
import { as, createTestApp, type Credentials, type TestApp } from './helpers/test-app';

/** PUT /api/jobs/:id/answers/:fieldId: the office corrects an answer of a returned job (issue 8). */
let t: TestApp;
let fx: JobFixture;

before(async () => {
  t = await createTestApp();
  fx = await jobFixture(t, { definition: fieldDefinition() });
});
after(() => t.close());

/** A returned job with a pressure of 2.5 bar and both signatures. */
async function returnedJob(): Promise<JobDetail> {
  const job = await aJobIn(fx, 'completed');
  await writeAnswers(t.db, job.id, { pressure: 2.5 }, fx.manager.id);
  for (const signer of ['customer', 'technician'] as const) {
    await t.db
      .insertInto('signatures')
      .values({ id: crypto.randomUUID(), jobId: job.id, signer, signerName: `The ${signer}`, image: 'data:image/png;base64,AAAA', signedBy: fx.manager.id, signedAt: new Date().toISOString() })
      .execute();
  }
  return readJob(fx, job.id);
}

const correct = (job: { id: string; version: number }, fieldId: string, payload: unknown, who: Credentials = fx.dispatcher, version: number | null = job.version) =>
  t.app.inject(
    as(who, {
      method: 'PUT',
      url: `/api/jobs/${job.id}/answers/${fieldId}`,
      headers: version === null ? {} : { 'if-match': String(version) },
      payload: payload as object,
    }),
  );

const auditRows = (jobId: string) => t.db.selectFrom('auditLog').selectAll().where('entityId', '=', jobId).where('action', '=', 'correct_answer').execute();

test('a correction writes the answer, one audit row with before and after, a history line, and a new version', async () => {
  await setSettings(t.db, { signaturesClearedOnEdit: false });
  const job = await returnedJob();
  const res = await correct(job, 'pressure', { value: 3.2, reason: 'Read again on the photo' });
  assert.equal(res.statusCode, 200, res.body);
  const detail = res.json() as JobDetail;
  assert.equal(detail.version, job.version + 1);
  assert.equal(res.headers.etag, `"${job.version + 1}"`);
  assert.equal(detail.report.answers.find((a) => a.fieldId === 'pressure')?.value, 3.2);

  const rows = await auditRows(job.id);
  assert.equal(rows.length, 1);
  assert.deepEqual(JSON.parse(rows[0]!.changes), { pressure: { before: { value: 2.5, comment: null }, after: { value: 3.2, comment: null } } });

  const events = (await t.app.inject(as(fx.supervisor, { method: 'GET', url: `/api/jobs/${job.id}/events` }))).json().items as { type: string; data: Record<string, unknown> }[];
  const corrected = events.filter((e) => e.type === 'answer_corrected');
  assert.equal(corrected.length, 1);
  assert.deepEqual(corrected[0]!.data, {
    fieldId: 'pressure',
    fieldLabel: 'Pressure',
    before: { value: 2.5, comment: null },
    after: { value: 3.2, comment: null },
    reason: 'Read again on the photo',
  });
  assert.equal(detail.report.signatures.length, 2, 'signatures kept when the setting is off');
  assert.ok(!events.some((e) => e.type === 'signature_cleared'));

  const again = await correct({ id: job.id, version: detail.version }, 'pressure', { value: 3.2 });
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().version, detail.version, 'the same value changes nothing');
  assert.equal((await auditRows(job.id)).length, 1);
});

test('signatures are cleared when the setting is on', async () => {
  await setSettings(t.db, { signaturesClearedOnEdit: true });
  try {
    const job = await returnedJob();
    const res = await correct(job, 'state', { value: 'worn', comment: 'Seal is worn' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().report.signatures, []);
    const answer = (res.json() as JobDetail).report.answers.find((a) => a.fieldId === 'state');
    assert.deepEqual([answer?.value, answer?.comment], ['worn', 'Seal is worn']);
    const events = (await t.app.inject(as(fx.supervisor, { method: 'GET', url: `/api/jobs/${job.id}/events` }))).json().items as { type: string }[];
    assert.equal(events.filter((e) => e.type === 'signature_cleared').length, 2);
  } finally {
    await setSettings(t.db, { signaturesClearedOnEdit: false });
  }
});

test('values are checked against the pinned template, hidden fields refused', async () => {
  const job = await returnedJob();
  const tooHigh = await correct(job, 'pressure', { value: 11 });
  assert.equal(tooHigh.statusCode, 400);
  assert.equal(tooHigh.json().error.details.issues[0].path, 'value');
  assert.equal((await correct(job, 'state', { value: 'melted' })).statusCode, 400);
  assert.equal((await correct(job, 'pressure', { value: 3, colour: 'red' })).statusCode, 400);
  assert.equal((await correct(job, 'pressure', {})).statusCode, 400);
  const hidden = await correct(job, 'leak-cause', { value: 'Corrosion' });
  assert.equal(hidden.statusCode, 422);
  assert.equal(hidden.json().error.code, 'field_hidden');
  assert.equal((await correct(job, 'no-such-field', { value: 'x' })).statusCode, 404);
  assert.equal((await readJob(fx, job.id)).version, job.version, 'nothing was written');
});

test('only returned jobs, only admins and dispatchers, with the current version', async () => {
  const started = await aJobIn(fx, 'started');
  const refused = await correct(started, 'pressure', { value: 3 });
  assert.equal(refused.statusCode, 409);
  assert.equal(refused.json().error.details.currentStatus, 'started');
  const job = await returnedJob();
  assert.equal((await correct(job, 'pressure', { value: 3 }, fx.supervisor)).statusCode, 403);
  assert.equal((await correct(job, 'pressure', { value: 3 }, fx.dispatcher, null)).statusCode, 428);
  const stale = await correct(job, 'pressure', { value: 3 }, fx.dispatcher, job.version - 1);
  assert.equal(stale.statusCode, 412);
  assert.equal((await correct(job, 'pressure', { value: 3 }, fx.admin)).statusCode, 200);
});
