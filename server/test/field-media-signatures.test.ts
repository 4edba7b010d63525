import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import type { JobSignature } from '@contract';
import { clearSignaturesAfterEdit } from '../src/modules/field/signature-rules';
import { loadJobReport } from '../src/modules/job-report/job-report.repository';
import { fieldRequest, setSettings } from './helpers/field';
import { PHOTO_WITH_GPS, aPng, countOf, dataUrl, historyOf, startedJobFixture, uploadRequest, type StartedJobFixture } from './helpers/field-media';
import { testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let f: StartedJobFixture;
before(async () => ({ t, fx: f } = await testAppWith(startedJobFixture)));
after(() => t.close());

const sign = async (signer: string, signerName: string, image?: string) =>
  t.app.inject(fieldRequest(f.manager, 'PUT', `${f.jobUrl}/signatures/${signer}`, { signerName, image: image ?? dataUrl(await aPng()) }));
const signaturesOf = async (jobId: string) => (await loadJobReport(t.db, { id: jobId, currency: 'EUR', templateId: null, templateVersion: null }, { forTechnician: true })).signatures;

describe('signatures', () => {
  test('the customer signs; signing again replaces the signature (clear and redo); clearing removes it', async () => {
    const first = await sign('customer', 'Élise Martin');
    assert.equal(first.statusCode, 200, first.body);
    const signed = first.json<JobSignature>();
    assert.equal(signed.signer, 'customer');
    assert.equal(signed.signedBy, f.manager.user.id);
    assert.equal((await sharp(Buffer.from(signed.image.split(',')[1]!, 'base64')).metadata()).format, 'png');
    assert.deepEqual((await historyOf(t, f.job.id)).at(-1), { type: 'signed', data: { signer: 'customer', signerName: 'Élise Martin' } });

    const redo = await sign('customer', 'Élise Martin-Durand');
    assert.equal(redo.statusCode, 200);
    const signatures = await signaturesOf(f.job.id);
    assert.deepEqual(signatures.map((s) => [s.signer, s.signerName]), [['customer', 'Élise Martin-Durand']]);
    assert.deepEqual(
      (await historyOf(t, f.job.id)).slice(-2).map((e) => e.type).sort(),
      ['signature_cleared', 'signed'],
    );

    const technician = await sign('technician', 'Marc Manager');
    assert.equal(technician.statusCode, 200);
    assert.equal((await signaturesOf(f.job.id)).length, 2);

    const cleared = await t.app.inject(fieldRequest(f.manager, 'DELETE', `${f.jobUrl}/signatures/customer`));
    assert.equal(cleared.statusCode, 204);
    assert.deepEqual((await signaturesOf(f.job.id)).map((s) => s.signer), ['technician']);
    assert.deepEqual((await historyOf(t, f.job.id)).at(-1), { type: 'signature_cleared', data: { signer: 'customer', signerName: 'Élise Martin-Durand' } });
    const again = await t.app.inject(fieldRequest(f.manager, 'DELETE', `${f.jobUrl}/signatures/customer`));
    assert.equal(again.statusCode, 404);
  });

  test('a signature that is not a PNG is refused (422 when the bytes lie, 400 when it is no PNG data URL)', async () => {
    const before = await countOf(t, 'signatures');
    const jpegAsPng = await sign('customer', 'Élise Martin', `data:image/png;base64,${PHOTO_WITH_GPS.toString('base64')}`);
    assert.equal(jpegAsPng.statusCode, 422);
    assert.equal(jpegAsPng.json().error.code, 'invalid_signature');
    const text = await sign('customer', 'Élise Martin', `data:image/png;base64,${Buffer.from('hello there').toString('base64')}`);
    assert.equal(text.statusCode, 422);
    const jpegUrl = await sign('customer', 'Élise Martin', `data:image/jpeg;base64,${PHOTO_WITH_GPS.toString('base64')}`);
    assert.equal(jpegUrl.statusCode, 400);
    const unknownSigner = await sign('witness', 'Someone');
    assert.equal(unknownSigner.statusCode, 400);
    const extra = await t.app.inject(fieldRequest(f.manager, 'PUT', `${f.jobUrl}/signatures/customer`, { signerName: 'A', image: dataUrl(await aPng()), date: 'today' }));
    assert.equal(extra.statusCode, 400);
    assert.equal(extra.json().error.details.issues[0].message, 'Unknown field');
    const big = await sign('customer', 'Élise Martin', dataUrl(await aPng(4000, 10)));
    assert.ok([413, 422].includes(big.statusCode), `${big.statusCode}`);
    assert.equal(await countOf(t, 'signatures'), before);
  });
});

describe('clearSignaturesAfterEdit', () => {
  const seedSignatures = async (jobId: string) => {
    await t.db.deleteFrom('signatures').where('jobId', '=', jobId).execute();
    for (const signer of ['customer', 'technician'] as const) {
      await t.db
        .insertInto('signatures')
        .values({ id: crypto.randomUUID(), jobId, signer, signerName: `${signer} name`, image: dataUrl(await aPng()), signedBy: f.manager.user.id, signedAt: new Date().toISOString() })
        .execute();
    }
  };
  const actor = () => ({ id: f.manager.user.id, role: 'technician', ip: null });

  test('with the setting on: the signatures go, one signature_cleared line each, and it answers true', async () => {
    await setSettings(t.db, { signaturesClearedOnEdit: true });
    await seedSignatures(f.job.id);
    const cleared = await t.db.transaction().execute((trx) => clearSignaturesAfterEdit(trx, f.job.id, actor()));
    assert.equal(cleared, true);
    assert.equal((await signaturesOf(f.job.id)).length, 0);
    const lines = (await historyOf(t, f.job.id)).slice(-2);
    assert.deepEqual(lines.map((l) => [l.type, l.data.signer]).sort(), [
      ['signature_cleared', 'customer'],
      ['signature_cleared', 'technician'],
    ]);
    assert.equal(await t.db.transaction().execute((trx) => clearSignaturesAfterEdit(trx, f.job.id, actor())), false, 'nothing left to clear');
  });

  test('with the setting off: signatures stay and it answers false', async () => {
    await setSettings(t.db, { signaturesClearedOnEdit: false });
    await seedSignatures(f.job.id);
    const cleared = await t.db.transaction().execute((trx) => clearSignaturesAfterEdit(trx, f.job.id, actor()));
    assert.equal(cleared, false);
    assert.equal((await signaturesOf(f.job.id)).length, 2);
    const added = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'barcode', value: 'KEEP' }));
    assert.equal(added.statusCode, 201);
    assert.equal((await signaturesOf(f.job.id)).length, 2, 'a new photo or barcode keeps them too');
  });

  test('with the setting on, adding a barcode after signing clears the signatures', async () => {
    await setSettings(t.db, { signaturesClearedOnEdit: true });
    await seedSignatures(f.job.id);
    const added = await t.app.inject(uploadRequest(f.manager, `${f.jobUrl}/attachments`, { kind: 'barcode', value: 'LATE' }));
    assert.equal(added.statusCode, 201);
    assert.equal((await signaturesOf(f.job.id)).length, 0);
    // Same millisecond: the history's order among these three lines is not defined.
    assert.deepEqual((await historyOf(t, f.job.id)).slice(-3).map((l) => l.type).sort(), ['attachment_added', 'signature_cleared', 'signature_cleared']);
  });
});
