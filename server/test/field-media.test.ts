import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { MAX_ATTACHMENT_BYTES, THUMBNAIL_EDGE_PX, type JobAttachment } from '@contract';
import { aFieldJob, fieldRequest, sendRetrying } from './helpers/field';
import { PHOTO_WITH_GPS, countOf, hasGpsPointer, historyOf, startedJobFixture, uploadRequest, type StartedJobFixture } from './helpers/field-media';
import { createUser, testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let f: StartedJobFixture;
before(async () => ({ t, fx: f } = await testAppWith(startedJobFixture)));
after(() => t.close());

const jobVersion = async (jobId: string) => (await t.db.selectFrom('jobs').select('version').where('id', '=', jobId).executeTakeFirstOrThrow()).version;
const photo = (name = 'leak.jpg', bytes = PHOTO_WITH_GPS) => ({ name, type: 'image/jpeg', bytes });

describe('photos', () => {
  test('a phone photo is stored upright, without its EXIF (GPS, camera), with a thumbnail; the app downloads both', async () => {
    const original = await sharp(PHOTO_WITH_GPS).metadata();
    assert.ok(original.exif && hasGpsPointer(original.exif), 'the fixture carries a GPS position');
    const versionBefore = await jobVersion(f.job.id);

    const res = await t.app.inject(uploadRequest(f.auxiliary, `${f.jobUrl}/attachments`, { kind: 'photo', description: 'Leak under the boiler' }, photo()));
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json<JobAttachment>();
    assert.equal(created.kind, 'photo');
    assert.equal(created.description, 'Leak under the boiler');
    assert.equal(created.contentType, 'image/jpeg');
    assert.equal(created.fileName, 'leak.jpg');
    assert.deepEqual([created.width, created.height], [40, 80], 'turned upright (orientation 6)');
    assert.equal(created.createdByName, 'Alice Auxiliary');
    assert.equal(created.visibleToTechnician, true);
    assert.equal(res.headers.location, `${f.jobUrl}/attachments/${created.id}`);

    const stored = await t.db.selectFrom('attachmentContents').selectAll().where('attachmentId', '=', created.id).executeTakeFirstOrThrow();
    const content = Buffer.from(stored.content);
    const meta = await sharp(content).metadata();
    assert.equal(meta.exif, undefined, 'no EXIF left');
    assert.equal(meta.format, 'jpeg');
    assert.equal(content.includes('FieldCam'), false);
    assert.equal(content.includes('secret-owner'), false);
    assert.equal(created.sizeBytes, content.length);
    const thumb = await sharp(Buffer.from(stored.thumbnail!)).metadata();
    assert.equal(thumb.format, 'jpeg');
    assert.ok(Math.max(thumb.width!, thumb.height!) <= THUMBNAIL_EDGE_PX);

    assert.equal(await jobVersion(f.job.id), versionBefore + 1);
    const history = await historyOf(t, f.job.id);
    assert.deepEqual(history.at(-1), { type: 'attachment_added', data: { kind: 'photo', attachmentId: created.id } });

    const download = await t.app.inject(fieldRequest(f.manager, 'GET', `${f.jobUrl}/attachments/${created.id}`));
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'image/jpeg');
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.match(String(download.headers['content-disposition']), /^attachment; filename="leak\.jpg"/);
    assert.ok(download.rawPayload.equals(content));
    const thumbnail = await t.app.inject(fieldRequest(f.manager, 'GET', `${f.jobUrl}/attachments/${created.id}?variant=thumbnail`));
    assert.equal(thumbnail.statusCode, 200);
    assert.ok(thumbnail.rawPayload.equals(Buffer.from(stored.thumbnail!)));
    assert.match(String(thumbnail.headers['content-disposition']), /leak-thumbnail\.jpg/);
  });

  test('a text file named photo.jpg is refused (415 unsupported_image) and nothing is stored', async () => {
    const before = await countOf(t, 'attachments');
    const res = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'photo' }, photo('photo.jpg', Buffer.from('just some text, not a picture\n'))));
    assert.equal(res.statusCode, 415);
    assert.equal(res.json().error.code, 'unsupported_image');
    const truncated = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'photo' }, photo('cut.jpg', PHOTO_WITH_GPS.subarray(0, 200))));
    assert.equal(truncated.statusCode, 415, 'a JPEG header without its picture does not decode');
    assert.equal(await countOf(t, 'attachments'), before);
  });

  test('a photo over the limit → 413 payload_too_large, nothing stored', async () => {
    const before = await countOf(t, 'attachments');
    const huge = Buffer.concat([PHOTO_WITH_GPS, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const res = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'photo' }, photo('huge.jpg', huge)));
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'payload_too_large');
    assert.equal(await countOf(t, 'attachments'), before);
  });

  test('a photo without its file, two files, or not multipart → 400/415', async () => {
    const missing = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'photo' }));
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.details.issues[0].path, 'file');
    const xml = await t.app.inject({ ...fieldRequest(f.manager, 'POST', `${f.jobUrl}/attachments`, '<x/>'), headers: { ...fieldRequest(f.manager, 'POST', '/').headers, 'content-type': 'application/xml' } });
    assert.equal(xml.statusCode, 415);
    const noKind = await t.app.inject(fieldRequest(f.manager, 'POST', `${f.jobUrl}/attachments`, { description: 'What is it?' }));
    assert.equal(noKind.statusCode, 400);
  });
});

describe('barcodes', () => {
  test('a barcode reading is stored with its value, format and description', async () => {
    const res = await t.app.inject(
      uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'barcode', value: '3560070048700', format: 'ean_13', description: 'Boiler label' }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json<JobAttachment>();
    assert.deepEqual(
      { kind: created.kind, value: created.barcodeValue, format: created.barcodeFormat, description: created.description, fileName: created.fileName },
      { kind: 'barcode', value: '3560070048700', format: 'ean_13', description: 'Boiler label', fileName: null },
    );
    const report = await t.db.selectFrom('attachments').select('barcodeValue').where('id', '=', created.id).executeTakeFirstOrThrow();
    assert.equal(report.barcodeValue, '3560070048700');
    const download = await t.app.inject(fieldRequest(f.manager, 'GET', `${f.jobUrl}/attachments/${created.id}`));
    assert.equal(download.statusCode, 404, 'a barcode has no file');
  });

  test('as JSON too; without a value, with a file, or with unknown fields → 400 naming them', async () => {
    const json = await t.app.inject(fieldRequest(f.manager, 'POST', `${f.jobUrl}/attachments`, { kind: 'barcode', value: 'SN-42' }));
    assert.equal(json.statusCode, 201, json.body);
    const numeric = await t.app.inject(fieldRequest(f.manager, 'POST', `${f.jobUrl}/attachments`, { kind: 'barcode', value: 42 }));
    assert.equal(numeric.statusCode, 400);
    assert.equal(numeric.json().error.details.issues[0].path, 'value');
    const noValue = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'barcode' }));
    assert.equal(noValue.statusCode, 400);
    assert.equal(noValue.json().error.details.issues[0].path, 'value');
    const withFile = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'barcode', value: 'X' }, photo()));
    assert.equal(withFile.statusCode, 400);
    const unknown = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'barcode', value: 'X', colour: 'red' }));
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(unknown.json().error.details.issues, [{ in: 'body', path: 'colour', message: 'Unknown field' }]);
  });
});

describe('deletion and access', () => {
  test('a technician deletes a photo of the job (history attachment_deleted); the office’s documents stay (403)', async () => {
    const created = (await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'photo' }, photo()))).json<JobAttachment>();
    const res = await t.app.inject(fieldRequest(f.auxiliary, 'DELETE', `${f.jobUrl}/attachments/${created.id}`));
    assert.equal(res.statusCode, 204);
    assert.equal(await t.db.selectFrom('attachments').select('id').where('id', '=', created.id).executeTakeFirst(), undefined);
    assert.equal(await t.db.selectFrom('attachmentContents').select('attachmentId').where('attachmentId', '=', created.id).executeTakeFirst(), undefined);
    assert.deepEqual((await historyOf(t, f.job.id)).at(-1), { type: 'attachment_deleted', data: { kind: 'photo', attachmentId: created.id } });
    const again = await t.app.inject(fieldRequest(f.auxiliary, 'DELETE', `${f.jobUrl}/attachments/${created.id}`));
    assert.equal(again.statusCode, 404);

    const dispatcher = await createUser(t.db, { role: 'dispatcher' });
    const officeId = crypto.randomUUID();
    await t.db
      .insertInto('attachments')
      .values({ id: officeId, jobId: f.job.id, kind: 'document', description: 'Plan', barcodeValue: null, barcodeFormat: null, fileName: 'plan.pdf', contentType: 'application/pdf', sizeBytes: 4, width: null, height: null, visibleToTechnician: 1, createdBy: dispatcher.id, createdAt: new Date().toISOString() })
      .execute();
    const office = await t.app.inject(fieldRequest(f.manager, 'DELETE', `${f.jobUrl}/attachments/${officeId}`));
    assert.equal(office.statusCode, 403);
    assert.equal(office.json().error.code, 'office_document');
  });

  test("another technician's job → 404 for every media route; a job not started → 409", async () => {
    const mine = (await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'barcode', value: 'A1' }))).json<JobAttachment>();
    const outsider = [
      await t.app.inject(uploadRequest(f.outsider, `${f.jobUrl}/attachments`, { kind: 'photo' }, photo())),
      await t.app.inject(fieldRequest(f.outsider, 'GET', `${f.jobUrl}/attachments/${mine.id}`)),
      await t.app.inject(fieldRequest(f.outsider, 'DELETE', `${f.jobUrl}/attachments/${mine.id}`)),
      await t.app.inject(fieldRequest(f.outsider, 'DELETE', `${f.jobUrl}/signatures/customer`)),
    ];
    for (const res of outsider) {
      assert.equal(res.statusCode, 404, res.body);
      assert.equal(res.json().error.code, 'not_found');
    }
    const otherJob = await aFieldJob(t.db, f, { status: 'started', managerId: f.outsider.user.id, auxiliaryIds: [] });
    const crossJob = await t.app.inject(fieldRequest(f.outsider, 'GET', `/api/field/jobs/${otherJob.id}/attachments/${mine.id}`));
    assert.equal(crossJob.statusCode, 404, 'an attachment is only reached through its own job');

    const scheduled = await aFieldJob(t.db, f, { status: 'scheduled' });
    const early = await t.app.inject(uploadRequest(f.manager, `/api/field/jobs/${scheduled.id}/attachments`, { kind: 'barcode', value: 'A1' }));
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().error.code, 'job_not_in_progress');
  });
});

describe('idempotency of uploads', () => {
  test('the same upload sent 5 times at once with one key creates one photo; every retry gets the same answer', async () => {
    const before = await countOf(t, 'attachments');
    const key = crypto.randomUUID();
    const request = () => uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'photo', description: 'Retried' }, photo(), key);
    const answers = await Promise.all(Array.from({ length: 5 }, () => sendRetrying(t.app, request())));
    assert.equal(await countOf(t, 'attachments'), before + 1);
    for (const res of answers) assert.equal(res.statusCode, 201, res.body);
    const ids = new Set(answers.map((r) => r.json<JobAttachment>().id));
    assert.equal(ids.size, 1);
    assert.ok(answers.filter((r) => r.headers['idempotent-replayed'] === 'true').length >= 4);

    const otherFile = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'photo', description: 'Retried' }, photo('leak.jpg', Buffer.concat([PHOTO_WITH_GPS, Buffer.from([0])])), key));
    assert.equal(otherFile.statusCode, 422, 'the same key with another file is another request');
    assert.equal(otherFile.json().error.code, 'idempotency_key_reused');
    const noKey = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'barcode', value: 'B' }, undefined, null));
    assert.equal(noKey.statusCode, 400);
    assert.equal(noKey.json().error.code, 'idempotency_key_required');
  });
});
