import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aFieldJob, aPhotoRow, fieldFixture, fieldRequest, setSettings, writeAnswers, type FieldFixture } from './helpers/field';
import { testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const startedJob = () => aFieldJob(t.db, fx, { status: 'started', actualStart: new Date().toISOString() });
const put = (jobId: string, fieldId: string, payload: unknown, who = fx.manager) =>
  t.app.inject(fieldRequest(who, 'PUT', `/api/field/jobs/${jobId}/answers/${fieldId}`, payload));
const stored = async (jobId: string, fieldId: string) => {
  const row = await t.db.selectFrom('reportAnswers').select(['value', 'comment']).where('jobId', '=', jobId).where('fieldId', '=', fieldId).executeTakeFirst();
  return row ? { value: JSON.parse(row.value), comment: row.comment } : undefined;
};

describe('values are checked against the field type', () => {
  let jobId: string;
  before(async () => {
    jobId = (await startedJob()).id;
  });

  const cases: [string, string, unknown[], unknown[]][] = [
    ['number within its bounds (0–10)', 'pressure', [0, 2.5, 10], [-0.1, 10.5, '3', null]],
    ['a date is a date', 'visit-date', ['2026-03-01'], ['2026-02-30', '01/03/2026', '2026-03-01T10:00:00Z', 20260301]],
    ['a time of day', 'arrival', ['08:30', '23:59'], ['24:00', '8h30']],
    ['a choice among the options', 'state', ['worn'], ['rusty', ['worn'], '']],
    ['several choices among the options', 'checked', [['pump', 'seal']], [['pump', 'engine'], [], 'pump']],
    ['a validation outcome', 'compliance', ['not_applicable'], ['ok', true]],
    ['a checkbox is a boolean', 'leak', [false, true], ['yes', 1]],
    ['a signature is a PNG image with a signer', 'customer-sign', [{ signerName: 'Élise Martin', image: PNG }], [{ signerName: 'Élise', image: 'data:image/jpeg;base64,AAAA' }, { signerName: '', image: PNG }, { image: PNG }, { signerName: 'Élise', image: PNG, extra: 1 }]],
    ['text is not empty', 'notes', ['All good'], ['   ', 42]],
  ];
  for (const [rule, fieldId, accepted, refused] of cases) {
    test(`${rule}: ${fieldId}`, async () => {
      for (const value of refused) {
        const res = await put(jobId, fieldId, { value });
        assert.equal(res.statusCode, 400, `${JSON.stringify(value)} refused: ${res.body}`);
        assert.equal(res.json().error.code, 'invalid_input');
        assert.ok(res.json().error.details.issues.every((i: { path: string }) => i.path.startsWith('value')));
      }
      for (const value of accepted) {
        const res = await put(jobId, fieldId, { value });
        assert.equal(res.statusCode, 200, `${JSON.stringify(value)} accepted: ${res.body}`);
        assert.deepEqual(res.json().answer.value, value);
        assert.deepEqual((await stored(jobId, fieldId))?.value, value);
      }
    });
  }

  test("a photo answer names this job's photos only", async () => {
    const job = await startedJob();
    await writeAnswers(t.db, job.id, { leak: true });
    const mine = await aPhotoRow(t.db, job.id);
    const elsewhere = await aPhotoRow(t.db, (await startedJob()).id);
    for (const value of [[elsewhere], [crypto.randomUUID()], [mine, mine], []]) {
      const res = await put(job.id, 'leak-photo', { value });
      assert.equal(res.statusCode, 400, `${JSON.stringify(value)}: ${res.body}`);
    }
    const ok = await put(job.id, 'leak-photo', { value: [mine] });
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('no value, or unknown keys → 400', async () => {
    for (const payload of [{}, { value: null }, { value: 2, colour: 'red' }]) {
      const res = await put(jobId, 'pressure', payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
    }
  });
});

describe('which fields may be answered', () => {
  test('an unknown field → 404', async () => {
    const job = await startedJob();
    const res = await put(job.id, 'colour', { value: 'red' });
    assert.equal(res.statusCode, 404);
  });

  test('a field hidden by its condition → 422 field_hidden; shown once the condition holds', async () => {
    const job = await startedJob();
    const hidden = await put(job.id, 'leak-cause', { value: 'Worn seal' });
    assert.equal(hidden.statusCode, 422);
    assert.equal(hidden.json().error.code, 'field_hidden');
    assert.equal((await put(job.id, 'leak', { value: true })).statusCode, 200);
    assert.equal((await put(job.id, 'leak-cause', { value: 'Worn seal' })).statusCode, 200);
  });

  test('a job that is not in progress → 409 job_not_in_progress', async () => {
    for (const status of ['scheduled', 'completed'] as const) {
      const job = await aFieldJob(t.db, fx, { status });
      const res = await put(job.id, 'pressure', { value: 2 });
      assert.equal(res.statusCode, 409, status);
      assert.equal(res.json().error.code, 'job_not_in_progress');
    }
  });
});

describe('comments', () => {
  test('accepted when the setting is on (and the field takes comments); refused with 400 when off', async () => {
    const job = await startedJob();
    await setSettings(t.db, { reportCommentsEnabled: true });
    const on = await put(job.id, 'pressure', { value: 2, comment: 'Gauge replaced' });
    assert.equal(on.statusCode, 200, on.body);
    assert.equal(on.json().answer.comment, 'Gauge replaced');
    const notOnThisField = await put(job.id, 'notes', { value: 'x', comment: 'y' });
    assert.equal(notOnThisField.statusCode, 400);
    assert.equal(notOnThisField.json().error.code, 'comments_not_allowed');

    await setSettings(t.db, { reportCommentsEnabled: false });
    const off = await put(job.id, 'pressure', { value: 3, comment: 'Again' });
    assert.equal(off.statusCode, 400);
    assert.equal(off.json().error.code, 'comments_disabled');
    assert.deepEqual(await stored(job.id, 'pressure'), { value: 2, comment: 'Gauge replaced' });
    assert.equal((await put(job.id, 'pressure', { value: 3 })).statusCode, 200, 'without a comment it goes through');
    await setSettings(t.db, { reportCommentsEnabled: true });
  });
});

describe('what an answer writes', () => {
  test('the answer, a version bump, history answer_changed, one audit row and job.updated; the same answer again writes nothing', async () => {
    const job = await startedJob();
    const res = await put(job.id, 'pressure', { value: 4 }, fx.auxiliary);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().jobVersion, 2);
    assert.equal(res.json().answer.answeredByName, 'Alice Auxiliary');
    const events = await t.db.selectFrom('jobEvents').select(['type', 'data', 'actorId']).where('jobId', '=', job.id).execute();
    assert.deepEqual(events, [{ type: 'answer_changed', data: JSON.stringify({ fieldId: 'pressure', fieldLabel: 'Pressure' }), actorId: fx.auxiliary.user.id }]);
    const audits = await t.db.selectFrom('auditLog').select(['action', 'changes']).where('entityId', '=', job.id).execute();
    assert.equal(audits.length, 1);
    assert.deepEqual(JSON.parse(audits[0]!.changes), { 'answers.pressure': { before: null, after: 4 } });
    const live = (await t.db.selectFrom('outboxEvents').select('payload').where('type', '=', 'job.updated').execute()).map((r) => JSON.parse(r.payload));
    assert.ok(live.some((p) => p.jobId === job.id && p.version === 2));

    const same = await put(job.id, 'pressure', { value: 4 });
    assert.equal(same.json().jobVersion, 2, 'nothing changed, nothing written');
    const changed = await put(job.id, 'pressure', { value: 5 });
    assert.equal(changed.json().jobVersion, 3);
  });

  test('DELETE clears the answer (history and audit), then clearing again changes nothing', async () => {
    const job = await startedJob();
    await put(job.id, 'notes', { value: 'To clear' });
    const cleared = await t.app.inject(fieldRequest(fx.manager, 'DELETE', `/api/field/jobs/${job.id}/answers/notes`));
    assert.equal(cleared.statusCode, 200, cleared.body);
    assert.deepEqual(cleared.json(), { answer: null, jobVersion: 3 });
    assert.equal(await stored(job.id, 'notes'), undefined);
    const again = await t.app.inject(fieldRequest(fx.manager, 'DELETE', `/api/field/jobs/${job.id}/answers/notes`));
    assert.deepEqual(again.json(), { answer: null, jobVersion: 3 });
    const audits = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', job.id).orderBy('occurredAt').execute();
    assert.deepEqual(audits.map((a) => a.action), ['answer', 'clear_answer']);
  });
});
