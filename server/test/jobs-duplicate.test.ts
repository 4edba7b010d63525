import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { toMilli, type JobDetail, type JobEvent } from '@contract';
import { seedParts, type PartsFixture } from './helpers/depots';
import { aJobIn, at, jobFixture, readJob, type JobFixture } from './helpers/jobs';
import { as, createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: JobFixture;
let parts: PartsFixture;
before(async () => {
  t = await createTestApp();
  fx = await jobFixture(t);
  parts = await seedParts(t.db);
  const field = await t.app.inject(
    as(fx.admin, { method: 'POST', url: '/api/custom-fields', payload: { entity: 'job', key: 'po', labelEn: 'PO', labelFr: 'Commande', type: 'text' } }),
  );
  assert.equal(field.statusCode, 201, field.body);
});
after(() => t.close());

const now = () => new Date().toISOString();

/** Everything technicians produce on a job, written straight into the database. */
async function fillReport(jobId: string) {
  const by = fx.manager.id;
  await t.db.insertInto('reportAnswers').values({ id: crypto.randomUUID(), jobId, fieldId: 'leak', value: 'true', comment: null, answeredBy: by, answeredAt: now(), version: 1 }).execute();
  await t.db
    .insertInto('reserves')
    .values({ id: crypto.randomUUID(), jobId, customerId: fx.customer.id, templateId: fx.template.id, fieldId: 'leak', fieldLabel: 'Leak found?', familyLabel: 'Checks', status: 'unresolved', description: 'Drips', raisedBy: by, raisedAt: now(), assigneeId: null, followUpJobId: null, resolvedAt: null, updatedAt: now(), version: 1 })
    .execute();
  await t.db
    .insertInto('attachments')
    .values({ id: crypto.randomUUID(), jobId, kind: 'photo', description: null, barcodeValue: null, barcodeFormat: null, fileName: 'leak.jpg', contentType: 'image/jpeg', sizeBytes: 3, width: 1, height: 1, visibleToTechnician: 1, createdBy: by, createdAt: now() })
    .execute();
  await t.db.insertInto('signatures').values({ id: crypto.randomUUID(), jobId, signer: 'customer', signerName: 'Élise', image: 'data:image/png;base64,AA==', signedBy: by, signedAt: now() }).execute();
  await t.db
    .insertInto('takeBacks')
    .values({ id: crypto.randomUUID(), jobId, serial: 'OLD-1', serialUnitId: null, itemId: parts.boiler, status: 'ok', wasFound: 0, createdBy: by, createdAt: now(), updatedAt: now() })
    .execute();
  const line = (itemId: string, quantity: number, serial: string | null, createdAt = now()) => ({
    id: crypto.randomUUID(),
    jobId,
    itemId,
    quantityMilli: toMilli(quantity),
    serialUnitId: null,
    serial,
    unitPriceCents: 500,
    taxRateBp: 1000,
    lineTotalCents: quantity * 500,
    addedBy: by,
    createdAt,
    updatedAt: createdAt,
  });
  // Planned by the office before the work started, then one part used on site (report data).
  await t.db.updateTable('jobs').set({ actualStart: at(10, 8) }).where('id', '=', jobId).execute();
  const planned = [line(parts.filter, 2, null, at(9, 8)), line(parts.boiler, 1, 'BOI-123', at(9, 9))];
  await t.db.insertInto('jobItems').values([...planned, line(parts.cable, 7, null, at(10, 9))]).execute();
}

test('the copy: new number, same planning data, planned items at today’s price without serials, no dates and no report data', async () => {
  const original = await aJobIn(fx, 'completed', { customFields: { po: 'PO-77' }, description: 'Replace the boiler' });
  await fillReport(original.id);
  const res = await t.app.inject(as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${original.id}/duplicate` }));
  assert.equal(res.statusCode, 201, res.body);
  const copy = res.json() as JobDetail;
  assert.equal(res.headers.location, `/api/jobs/${copy.id}`);
  assert.notEqual(copy.number, original.number);
  assert.notEqual(copy.id, original.id);
  assert.equal(copy.status, 'created', 'no dates: the copy waits in the job pool');
  assert.deepEqual([copy.plannedStart, copy.plannedEnd, copy.actualStart, copy.completedAt], [null, null, null, null]);
  assert.deepEqual(
    [copy.customer, copy.site, copy.contact, copy.description, copy.jobType, copy.template, copy.customFields],
    [original.customer, original.site, original.contact, 'Replace the boiler', original.jobType, original.template, { po: 'PO-77' }],
  );
  assert.deepEqual(copy.technicians, original.technicians);
  const { report } = copy;
  assert.deepEqual([report.answers, report.reserves, report.attachments, report.signatures, report.takeBacks], [[], [], [], [], []]);
  assert.deepEqual(
    report.items.map((i) => [i.itemId, i.quantity, i.serial, i.unitPriceCents, i.taxRateBp]).sort((a, b) => Number(b[1]) - Number(a[1])),
    [
      [parts.filter, 2, null, 1000, 2000],
      [parts.boiler, 1, null, 1000, 2000],
    ],
  );
  assert.equal(report.totals.exclTaxCents, 3000);

  const originalNow = await readJob(fx, original.id);
  assert.equal(originalNow.version, original.version, 'the original is not changed');
  assert.equal(originalNow.report.answers.length, 1);
});

test('both histories say so; one audit row for the copy', async () => {
  const original = await aJobIn(fx, 'scheduled');
  const copy = (await t.app.inject(as(fx.admin, { method: 'POST', url: `/api/jobs/${original.id}/duplicate` }))).json() as JobDetail;
  const events = async (id: string) => (await t.app.inject(as(fx.supervisor, { method: 'GET', url: `/api/jobs/${id}/events` }))).json().items as JobEvent[];
  assert.deepEqual(
    (await events(copy.id)).map((e) => [e.type, e.toStatus, e.data]),
    [['duplicated', 'created', { fromNumber: original.number }]],
  );
  assert.deepEqual((await events(original.id)).find((e) => e.type === 'duplicated')?.data, { toNumber: copy.number });
  const rows = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', copy.id).execute();
  assert.deepEqual(rows.map((r) => r.action), ['duplicate']);
  assert.equal(JSON.parse(rows[0]!.changes).duplicatedFrom.after, original.number);
});

test('the copy takes the latest published version of the template; a technician who left is not copied', async () => {
  const original = await aJobIn(fx, 'scheduled');
  const current = (await t.app.inject(as(fx.admin, { method: 'GET', url: `/api/report-templates/${fx.template.id}` }))).json();
  const draft = { families: [...current.draft.families, { id: 'extra', label: 'Extra', fields: [{ id: 'extra-1', type: 'text', label: 'Extra', mandatory: false }] }] };
  const saved = await t.app.inject(as(fx.admin, { method: 'PUT', url: `/api/report-templates/${fx.template.id}`, headers: { 'if-match': String(current.version) }, payload: { name: current.name, description: null, draft } }));
  assert.equal(saved.statusCode, 200, saved.body);
  const published = await t.app.inject(as(fx.admin, { method: 'POST', url: `/api/report-templates/${fx.template.id}/publish`, headers: { 'if-match': String(saved.json().version) }, payload: {} }));
  assert.equal(published.statusCode, 200, published.body);
  await t.db.updateTable('users').set({ isActive: 0 }).where('id', '=', fx.auxiliary.id).execute();
  try {
    const copy = (await t.app.inject(as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${original.id}/duplicate` }))).json() as JobDetail;
    assert.equal(copy.template?.version, original.template!.version + 1);
    assert.deepEqual(copy.technicians.map((x) => x.userId), [fx.manager.id]);
    assert.equal((await readJob(fx, original.id)).template?.version, original.template!.version);
  } finally {
    await t.db.updateTable('users').set({ isActive: 1 }).where('id', '=', fx.auxiliary.id).execute();
  }
});

test('an unknown job → 404; a supervisor cannot duplicate (403)', async () => {
  assert.equal((await t.app.inject(as(fx.dispatcher, { method: 'POST', url: '/api/jobs/nope/duplicate' }))).statusCode, 404);
  const job = await aJobIn(fx, 'created');
  assert.equal((await t.app.inject(as(fx.supervisor, { method: 'POST', url: `/api/jobs/${job.id}/duplicate` }))).statusCode, 403);
});

test('a bodiless action accepts no body or {}, and refuses unknown fields', async () => {
  const job = await aJobIn(fx, 'created');
  const post = (payload?: object) => t.app.inject(as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${job.id}/duplicate`, payload }));
  assert.equal((await post()).statusCode, 201);
  assert.equal((await post({})).statusCode, 201);
  const refused = await post({ withDates: true });
  assert.equal(refused.statusCode, 400);
  assert.equal(refused.json().error.details.issues[0].path, 'withDates');
});
