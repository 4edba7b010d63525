import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import type { JobAttachment, Role } from '@contract';
import { loadJobReport } from '../src/modules/job-report/job-report.repository';
import { aFieldJob, fieldFixture, fieldRequest, type FieldFixture } from './helpers/field';
import { PHOTO_WITH_GPS, aPng, historyOf, uploadRequest } from './helpers/field-media';
import { as, createTestApp, signInEveryRole, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let f: FieldFixture;
let callers: Record<Role, Credentials>;
before(async () => {
  t = await createTestApp();
  f = await fieldFixture(t, { status: 'scheduled' });
  callers = await signInEveryRole(t.app, t.db);
});
after(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const pdf = (name = 'Access plan.pdf') => ({ name, type: 'application/pdf', bytes: PDF });
const addDocument = (caller: Credentials, jobId: string, fields: Record<string, string>, file?: { name: string; type: string; bytes: Buffer }) =>
  t.app.inject(uploadRequest(caller, `/api/jobs/${jobId}/attachments`, fields, file, null));
const download = (caller: Credentials | null, id: string, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/attachments/${id}${query}`, headers: caller?.headers ?? {} });

describe('office documents for the technician', () => {
  test('a dispatcher adds a PDF: a document visible to the technicians, in the job report and its history', async () => {
    const versionBefore = (await t.db.selectFrom('jobs').select('version').where('id', '=', f.job.id).executeTakeFirstOrThrow()).version;
    const res = await addDocument(callers.dispatcher, f.job.id, { description: 'Access plan' }, pdf());
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json<JobAttachment>();
    assert.deepEqual(
      { kind: created.kind, fileName: created.fileName, contentType: created.contentType, size: created.sizeBytes, visible: created.visibleToTechnician },
      { kind: 'document', fileName: 'Access plan.pdf', contentType: 'application/pdf', size: PDF.length, visible: true },
    );
    assert.equal((await t.db.selectFrom('jobs').select('version').where('id', '=', f.job.id).executeTakeFirstOrThrow()).version, versionBefore + 1);
    const last = (await historyOf(t, f.job.id)).at(-1)!;
    assert.equal(last.type, 'document_added');
    assert.equal(last.data.kind, 'document');

    const forTechnician = await loadJobReport(t.db, { id: f.job.id, currency: 'EUR', templateId: null, templateVersion: null }, { forTechnician: true });
    assert.ok(forTechnician.attachments.some((a) => a.id === created.id && a.kind === 'document'));
    const fromApp = await t.app.inject(fieldRequest(f.auxiliary, 'GET', `/api/field/jobs/${f.job.id}/attachments/${created.id}`));
    assert.equal(fromApp.statusCode, 200);
    assert.equal(fromApp.headers['content-type'], 'application/pdf');
    assert.ok(fromApp.rawPayload.equals(PDF));
  });

  test('an admin adds a photo: checked and cleaned like the app’s (no EXIF), kind photo, with a thumbnail', async () => {
    const res = await addDocument(callers.admin, f.job.id, {}, { name: 'boiler.jpeg', type: 'image/jpeg', bytes: PHOTO_WITH_GPS });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json<JobAttachment>();
    assert.equal(created.kind, 'photo');
    assert.equal(created.fileName, 'boiler.jpg');
    const original = await download(callers.supervisor, created.id);
    assert.equal((await sharp(original.rawPayload).metadata()).exif, undefined);
    const thumbnail = await download(callers.supervisor, created.id, '?variant=thumbnail');
    assert.equal(thumbnail.statusCode, 200);
    assert.equal(thumbnail.headers['content-type'], 'image/jpeg');
  });

  test('refused: a text file (415), no file (400), a closed job (409), an unknown job (404), a supervisor (403)', async () => {
    const text = await addDocument(callers.admin, f.job.id, {}, { name: 'notes.pdf', type: 'application/pdf', bytes: Buffer.from('not a pdf at all') });
    assert.equal(text.statusCode, 415);
    assert.equal(text.json().error.code, 'unsupported_document');
    const none = await addDocument(callers.admin, f.job.id, { description: 'Nothing' });
    assert.equal(none.statusCode, 400);
    const closed = await aFieldJob(t.db, f, { status: 'validated' });
    const late = await addDocument(callers.admin, closed.id, {}, pdf());
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().error.code, 'job_closed');
    const missing = await addDocument(callers.admin, crypto.randomUUID(), {}, pdf());
    assert.equal(missing.statusCode, 404);
    const supervisor = await addDocument(callers.supervisor, f.job.id, {}, pdf());
    assert.equal(supervisor.statusCode, 403);
    const started = await aFieldJob(t.db, f, { status: 'started' });
    const whileWorking = await addDocument(callers.dispatcher, started.id, {}, pdf());
    assert.equal(whileWorking.statusCode, 201, 'allowed while the technicians work');
  });

  test('the office deletes its own documents, never the technicians’ photos', async () => {
    const doc = (await addDocument(callers.dispatcher, f.job.id, {}, pdf('old.pdf'))).json<JobAttachment>();
    const deleted = await t.app.inject(as(callers.admin, { method: 'DELETE', url: `/api/jobs/${f.job.id}/attachments/${doc.id}` }));
    assert.equal(deleted.statusCode, 204);
    assert.equal((await download(callers.admin, doc.id)).statusCode, 404);
    assert.equal((await historyOf(t, f.job.id)).at(-1)!.type, 'attachment_deleted');

    const started = await aFieldJob(t.db, f, { status: 'started' });
    const photo = await t.app.inject(uploadRequest(f.manager, `/api/field/jobs/${started.id}/attachments`, { kind: 'photo' }, { name: 'leak.jpg', type: 'image/jpeg', bytes: PHOTO_WITH_GPS }));
    assert.equal(photo.statusCode, 201, photo.body);
    const refused = await t.app.inject(as(callers.admin, { method: 'DELETE', url: `/api/jobs/${started.id}/attachments/${photo.json().id}` }));
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'technician_attachment');
    const wrongJob = await t.app.inject(as(callers.admin, { method: 'DELETE', url: `/api/jobs/${f.job.id}/attachments/${photo.json().id}` }));
    assert.equal(wrongJob.statusCode, 404);
  });
});

describe('download for the console: /api/attachments/:id', () => {
  test('served as an attachment, nosniff, with the stored type; for every console role', async () => {
    const png = await aPng(30, 30);
    const created = (await addDocument(callers.dispatcher, f.job.id, {}, { name: 'C:\\scans\\plan<1>é.png', type: 'text/html', bytes: png })).json<JobAttachment>();
    for (const role of ['admin', 'dispatcher', 'supervisor'] as const) {
      const res = await download(callers[role], created.id);
      assert.equal(res.statusCode, 200, role);
      assert.equal(res.headers['content-type'], 'image/png', 'the type read from the content, not the one declared');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      const disposition = String(res.headers['content-disposition']);
      assert.equal(disposition, `attachment; filename="plan1e.png"; filename*=UTF-8''plan1%C3%A9.png`);
      assert.equal((await sharp(res.rawPayload).metadata()).format, 'png');
    }
  });

  test('technicians cannot use the console route (403), nobody signed in gets 401; unknown → 404; bad variant → 400', async () => {
    const created = (await addDocument(callers.dispatcher, f.job.id, {}, pdf())).json<JobAttachment>();
    const technician = await download(callers.technician, created.id);
    assert.equal(technician.statusCode, 403);
    const manager = await download(f.manager, created.id);
    assert.equal(manager.statusCode, 403, 'not even a technician of the job');
    assert.equal((await download(null, created.id)).statusCode, 401);
    assert.equal((await download(callers.admin, crypto.randomUUID())).statusCode, 404);
    assert.equal((await download(callers.admin, created.id, '?variant=huge')).statusCode, 400);
    assert.equal((await download(callers.admin, created.id, '?variant=thumbnail')).statusCode, 404, 'a PDF has no thumbnail');
  });
});
