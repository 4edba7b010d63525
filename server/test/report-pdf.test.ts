import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { lineAmountCents, toMilli, type JobDetail, type Locale } from '@contract';
import { formatMoney } from '../src/modules/review/report-pdf-format';
import { seedParts } from './helpers/depots';
import { aPng, dataUrl } from './helpers/field-media';
import { fieldDefinition, writeAnswers } from './helpers/field';
import { aJobIn, jobFixture, readJob, type JobFixture } from './helpers/jobs';
import { as, createUser, fieldToken, signIn, type Credentials, type TestApp, createTestApp } from './helpers/test-app';

/** GET /api/jobs/:id/report.pdf: the job report as a PDF, parsed back with pdf.js (issue 8). */
let t: TestApp;
let fx: JobFixture;
let job: JobDetail;

const now = () => new Date().toISOString();
const require = createRequire(import.meta.url);
const pdfjsDir = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');

/** The text of every page, whitespace (no-break spaces included) folded to single spaces. */
async function textOf(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const pdfjs = await import(pathToFileURL(`${pdfjsDir}legacy/build/pdf.mjs`).href);
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: `${pdfjsDir}standard_fonts/`, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    parts.push(content.items.map((item: { str?: string }) => item.str ?? '').join(' '));
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: fold(parts.join(' ')) };
}
const fold = (text: string) => text.replace(/\s+/g, ' ');

before(async () => {
  t = await createTestApp();
  fx = await jobFixture(t, { customerName: 'Boulangerie Étoile', definition: fieldDefinition() });
  job = await aJobIn(fx, 'completed');
  const png = await aPng(80, 40);
  const photoId = crypto.randomUUID();
  const jpeg = await sharp(png).flatten({ background: '#ffffff' }).jpeg().toBuffer();
  await t.db
    .insertInto('attachments')
    .values({ id: photoId, jobId: job.id, kind: 'photo', description: 'Boiler front panel', barcodeValue: null, barcodeFormat: null, fileName: 'front.png', contentType: 'image/png', sizeBytes: png.length, width: 80, height: 40, visibleToTechnician: 1, createdBy: fx.manager.id, createdAt: now() })
    .execute();
  await t.db.insertInto('attachmentContents').values({ attachmentId: photoId, content: png, thumbnail: jpeg }).execute();
  await t.db
    .insertInto('attachments')
    .values({ id: crypto.randomUUID(), jobId: job.id, kind: 'barcode', description: 'Boiler plate', barcodeValue: '3760123456789', barcodeFormat: 'ean_13', fileName: null, contentType: null, sizeBytes: null, width: null, height: null, visibleToTechnician: 1, createdBy: fx.manager.id, createdAt: now() })
    .execute();
  await writeAnswers(
    t.db,
    job.id,
    {
      leak: false,
      'leak-cause': 'Hidden corrosion text',
      pressure: 2.5,
      'visit-date': '2029-12-24',
      arrival: '08:30',
      state: 'worn',
      compliance: 'not_compliant',
      'customer-sign': { signerName: 'Élise Martin', image: dataUrl(png) },
    },
    fx.manager.id,
  );
  await t.db
    .insertInto('reserves')
    .values({ id: crypto.randomUUID(), jobId: job.id, customerId: fx.customer.id, templateId: fx.template.id, fieldId: 'compliance', fieldLabel: 'Compliance', familyLabel: 'Measures', status: 'unresolved', description: 'Flue not to standard', raisedBy: fx.manager.id, raisedAt: now(), assigneeId: null, followUpJobId: null, resolvedAt: null, updatedAt: now(), version: 1 })
    .execute();
  await t.db
    .insertInto('signatures')
    .values({ id: crypto.randomUUID(), jobId: job.id, signer: 'technician', signerName: 'Marc Manager', image: dataUrl(png), signedBy: fx.manager.id, signedAt: now() })
    .execute();
  const parts = await seedParts(t.db);
  const line = (itemId: string, quantity: number, unitPriceCents: number, serial: string | null = null) => ({
    id: crypto.randomUUID(), jobId: job.id, itemId, quantityMilli: toMilli(quantity), serialUnitId: null, serial, unitPriceCents, taxRateBp: 2000, lineTotalCents: lineAmountCents(unitPriceCents, toMilli(quantity)), addedBy: fx.manager.id, createdAt: now(), updatedAt: now(),
  });
  await t.db.insertInto('jobItems').values([line(parts.filter, 2, 1250), line(parts.labour, 1.5, 100_000), line(parts.boiler, 1, 189_900, 'SN-BOI-42')]).execute();
  await t.db
    .insertInto('takeBacks')
    .values({ id: crypto.randomUUID(), jobId: job.id, serial: 'OLD-BOILER-7', serialUnitId: null, itemId: parts.boiler, status: 'needs_repair', wasFound: 0, createdBy: fx.manager.id, createdAt: now(), updatedAt: now() })
    .execute();
  job = await readJob(fx, job.id);
});
after(() => t.close());

async function pdfAs(who: Credentials, id = job.id) {
  return t.app.inject(as(who, { method: 'GET', url: `/api/jobs/${id}/report.pdf` }));
}

async function frenchSupervisor(): Promise<Credentials> {
  const user = await createUser(t.db, { role: 'supervisor', displayName: 'Sophie Superviseure' });
  await t.db.updateTable('users').set({ locale: 'fr' }).where('id', '=', user.id).execute();
  return signIn(t.app, user);
}

const totalsAsPrinted = (locale: Locale) =>
  [job.report.totals.exclTaxCents, job.report.totals.taxCents, job.report.totals.inclTaxCents].map((cents) => fold(formatMoney(cents, 'EUR', locale)));

test('an English PDF, shown inline, with the job, the customer, the report and the totals', async () => {
  const res = await pdfAs(fx.supervisor);
  assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  assert.equal(res.headers['content-type'], 'application/pdf');
  assert.equal(res.headers['content-disposition'], `inline; filename="${job.number}.pdf"`);
  const bytes = res.rawPayload;
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  const raw = bytes.toString('latin1');
  assert.equal(raw.match(/\/Filter \/DCTDecode/g)?.length, 1, "the photo's JPEG thumbnail is embedded");
  assert.ok((raw.match(/\/Subtype \/Image/g)?.length ?? 0) >= 3, 'the photo and both signature images are embedded');
  const { text } = await textOf(bytes);
  assert.equal(job.report.totals.exclTaxCents, 2500 + 150_000 + 189_900);
  for (const expected of [
    'FieldDesk',
    job.number,
    'Boulangerie Étoile',
    '12 rue',
    'Marc Manager (Job manager)',
    'Alice Auxiliary (Auxiliary)',
    'Measures',
    'Pressure',
    '2.5 bar',
    'December 24, 2029',
    'Not compliant',
    'Flue not to standard',
    'Boiler front panel',
    '3760123456789',
    'Élise Martin',
    'SN-BOI-42',
    'OLD-BOILER-7 — Needs repair',
    '2 pieces',
    '1.5 h',
    '1 piece',
    'Total excl. tax',
    'Total incl. tax',
    ...totalsAsPrinted('en'),
  ]) {
    assert.ok(text.includes(expected), `"${expected}" in the PDF: ${text.slice(0, 2000)}`);
  }
  assert.ok(text.includes('€1,500.00'), 'unit prices with thousands');
  assert.ok(!text.includes('Hidden corrosion text'), 'a field hidden by its condition is not printed');
  assert.ok(!text.includes('Cause of the leak'));
  assert.ok(!/\b2 unit\b|1\.5 hour\b/.test(text), 'quantities print their unit in words, not its code');
});

test("the caller's language: French words and French amounts", async () => {
  const res = await pdfAs(await frenchSupervisor());
  assert.equal(res.statusCode, 200);
  const { text } = await textOf(res.rawPayload);
  for (const expected of [job.number, 'Boulangerie Étoile', 'Total HT', 'TVA', 'Total TTC', 'Non conforme', 'Non levée', 'À réparer', '2 pièces', '1,5 h', '1 pièce', ...totalsAsPrinted('fr')]) {
    assert.ok(text.includes(expected), `"${expected}" in the French PDF: ${text.slice(0, 2000)}`);
  }
  assert.ok(totalsAsPrinted('fr')[0]!.endsWith('€') && totalsAsPrinted('fr')[0]!.includes(','), 'French money format');
});

test('console roles only; an unknown job is a 404 in the error shape', async () => {
  const technician = await fieldToken(t.app, fx.manager);
  assert.equal((await pdfAs(technician)).statusCode, 403);
  const missing = await pdfAs(fx.supervisor, 'no-such-job');
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error.code, 'not_found');
});

test('a job without a report still prints', async () => {
  const empty = await aJobIn(fx, 'scheduled');
  const res = await pdfAs(fx.dispatcher, empty.id);
  assert.equal(res.statusCode, 200);
  const { text } = await textOf(res.rawPayload);
  assert.ok(text.includes(empty.number));
  assert.ok(text.includes('No parts or services.'));
});
