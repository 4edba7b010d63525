import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { JobDetail, OnlineView } from '@contract';
import { seedParts } from './helpers/depots';
import { aPng, dataUrl } from './helpers/field-media';
import { fieldDefinition, writeAnswers } from './helpers/field';
import { aJobIn, jobFixture, type JobFixture } from './helpers/jobs';
import { as, createTestApp, fieldToken, type TestApp } from './helpers/test-app';

/**
 * A job's online view (issue 14 §6, step 2.8 of the source): a read-only page of the job that the
 * customer opens from a link without signing in; the office sees, revokes and reissues the link.
 */
let t: TestApp;
let fx: JobFixture;
let completed: JobDetail;

const now = () => new Date().toISOString();
/** Every test opens links from its own address, so the guess limiter of one never blocks another. */
let nextAddress = 1;
const anAddress = () => `198.51.100.${nextAddress++}`;

before(async () => {
  t = await createTestApp();
  fx = await jobFixture(t, { customerName: 'Boulangerie Étoile', definition: fieldDefinition() });
  completed = await aJobIn(fx, 'completed', { description: 'Chaudière en panne au sous-sol' });
  await writeAnswers(
    t.db,
    completed.id,
    { leak: false, 'leak-cause': 'Hidden corrosion text', pressure: 2.5, compliance: 'not_compliant', 'customer-sign': { signerName: 'Élise Martin', image: dataUrl(await aPng(60, 30)) } },
    fx.manager.id,
  );
  const parts = await seedParts(t.db);
  const line = { serialUnitId: null, serial: null, taxRateBp: 2000, addedBy: fx.manager.id, createdAt: now(), updatedAt: now() };
  await t.db
    .insertInto('jobItems')
    .values([
      { ...line, id: crypto.randomUUID(), jobId: completed.id, itemId: parts.filter, quantityMilli: 2000, unitPriceCents: 123_456, lineTotalCents: 246_912 },
      { ...line, id: crypto.randomUUID(), jobId: completed.id, itemId: parts.cable, quantityMilli: 2500, unitPriceCents: 100, lineTotalCents: 250 },
    ])
    .execute();
});
after(() => t.close());

const pathOf = (url: string) => new URL(url).pathname;
const open = (url: string, remoteAddress = anAddress()) => t.app.inject({ method: 'GET', url, remoteAddress });
const linkOf = async (jobId: string): Promise<OnlineView> => {
  const res = await t.app.inject(as(fx.dispatcher, { method: 'GET', url: `/api/jobs/${jobId}/online-view` }));
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as OnlineView;
};
const officeAction = (jobId: string, action: 'revoke' | 'reissue', who = fx.dispatcher) =>
  t.app.inject(as(who, { method: 'POST', url: `/api/jobs/${jobId}/online-view/${action}`, payload: {} }));
const patchSettings = async (patch: Record<string, unknown>) => {
  const current = await t.app.inject(as(fx.admin, { method: 'GET', url: '/api/settings' }));
  const res = await t.app.inject(as(fx.admin, { method: 'PATCH', url: '/api/settings', headers: { 'if-match': current.headers.etag as string }, payload: patch }));
  assert.equal(res.statusCode, 200, res.body);
};

test("every technician job detail carries its online view's absolute link, which opens without signing in", async () => {
  const job = await aJobIn(fx, 'scheduled');
  const technician = await fieldToken(t.app, fx.manager);
  const detail = await t.app.inject(as(technician, { method: 'GET', url: `/api/field/jobs/${job.id}` }));
  assert.equal(detail.statusCode, 200, detail.body);
  const url = detail.json().onlineViewUrl as string;
  assert.match(url, new RegExp(`^${t.config.publicUrl}/view/${job.id}/[A-Za-z0-9_-]{43}$`), 'absolute, from PUBLIC_URL, 256-bit token');
  assert.equal(url, (await linkOf(job.id)).url, 'the office shares the same link');

  const page = await open(pathOf(url));
  assert.equal(page.statusCode, 200, page.body.slice(0, 300));
  assert.match(String(page.headers['content-type']), /^text\/html/);
  assert.equal(page.headers['x-robots-tag'], 'noindex, nofollow, noarchive');
  assert.match(String(page.headers['cache-control']), /no-store/);
  assert.equal(page.headers['set-cookie'], undefined, 'no session is made');
  assert.match(page.body, /<meta name="robots" content="noindex, nofollow">/);
  assert.match(page.body, /<html lang="fr">/, "the company's language by default (settings.companyLanguage)");
  for (const expected of [`Intervention ${job.number}`, 'Boulangerie Étoile', 'Planifiée|Scheduled', 'Marc Manager']) {
    assert.match(page.body, new RegExp(expected), expected);
  }
  assert.match(page.body, /Le rapport apparaîtra ici/, 'before completion: no report yet');
  assert.doesNotMatch(page.body, /<script/i, 'no script at all');
});

test('once completed, the page shows the report (visible fields only), parts without prices, signatures; ?lang switches', async () => {
  const { url } = await linkOf(completed.id);
  const page = await open(`${pathOf(url)}?lang=en&utm_source=mail`);
  assert.equal(page.statusCode, 200, page.body.slice(0, 300));
  assert.match(page.body, /<html lang="en">/);
  for (const expected of [`Job ${completed.number}`, 'Chaudière en panne au sous-sol', 'Pressure', '2.5 bar', 'Not compliant', 'Élise Martin', 'Parts and services', 'Français']) {
    assert.ok(page.body.includes(expected), `"${expected}" on the page`);
  }
  assert.ok(!page.body.includes('Hidden corrosion text'), 'an answer hidden by its condition is not shown');
  assert.ok(!page.body.includes('1,234.56') && !page.body.includes('2,469.12'), 'no prices by default');
  assert.match(page.body, /<img class="signature" src="data:image\/png;base64,/);

  await patchSettings({ onlineViewShowsPrices: true });
  const priced = await open(`${pathOf(url)}?lang=en`);
  assert.ok(priced.body.includes('€1,234.56') && priced.body.includes('€2,469.12'), 'prices when the setting allows');
  await patchSettings({ onlineViewShowsPrices: false });
});

test('quantities read with their unit in the page\'s language: "2 pieces" / "2 pièces", "2.5 m" / "2,5 m"', async () => {
  const { url } = await linkOf(completed.id);
  const english = await open(`${pathOf(url)}?lang=en`);
  const french = await open(`${pathOf(url)}?lang=fr`);
  const cells = (html: string) => [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!.replace(/\u00a0/g, ' '));
  assert.deepEqual(cells(english.body).filter((c) => /^\d/.test(c)).sort(), ['2 pieces', '2.5 m']);
  assert.deepEqual(cells(french.body).filter((c) => /^\d/.test(c)).sort(), ['2 pièces', '2,5 m']);
});

test('text from the job is escaped: a description cannot inject markup into the page', async () => {
  const job = await aJobIn(fx, 'scheduled');
  // The API refuses angle brackets in descriptions; an older or imported row may still hold them.
  await t.db.updateTable('jobs').set({ description: '<img src=x onerror=alert(1)> & "quotes"' }).where('id', '=', job.id).execute();
  const page = await open(pathOf((await linkOf(job.id)).url));
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;'));
  assert.ok(!page.body.includes('<img src=x'));
});

test('revoke and reissue: audited; a revoked link answers 404; a reissued one replaces every earlier link', async () => {
  const job = await aJobIn(fx, 'started');
  const first = await linkOf(job.id);
  assert.equal((await open(pathOf(first.url))).statusCode, 200);
  assert.notEqual((await linkOf(job.id)).lastOpenedAt, null, 'the job page sees when it was last opened');

  const revoked = await officeAction(job.id, 'revoke');
  assert.equal(revoked.statusCode, 200, revoked.body);
  assert.equal(revoked.json().state, 'revoked');
  const gone = await open(pathOf(first.url));
  assert.equal(gone.statusCode, 404);
  assert.match(gone.body, /Ce lien ne fonctionne pas/);

  const reissued = await officeAction(job.id, 'reissue');
  assert.equal(reissued.statusCode, 200, reissued.body);
  const second = reissued.json() as OnlineView;
  assert.equal(second.state, 'active');
  assert.notEqual(second.url, first.url);
  assert.equal((await open(pathOf(second.url))).statusCode, 200);
  assert.equal((await open(pathOf(first.url))).statusCode, 404, 'the old link stays dead');

  const audit = await t.db.selectFrom('auditLog').select(['action', 'actorId']).where('entityId', '=', job.id).where('action', 'like', 'online_view_%').orderBy('occurredAt').execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['online_view_revoke', 'online_view_reissue'],
  );
  assert.ok(audit.every((a) => a.actorId !== null));
});

test('the link expires the set number of days after the job is validated (or cancelled)', async () => {
  const job = await aJobIn(fx, 'completed');
  const { url } = await linkOf(job.id);
  const validatedDaysAgo = (days: number) =>
    t.db.updateTable('jobs').set({ status: 'validated', validatedAt: new Date(Date.now() - days * 86_400_000).toISOString() }).where('id', '=', job.id).execute();

  await validatedDaysAgo(29);
  assert.equal((await open(pathOf(url))).statusCode, 200, 'day 29 of 30');
  const live = await linkOf(job.id);
  assert.equal(live.state, 'active');
  assert.ok(live.expiresAt && Date.parse(live.expiresAt) > Date.now());

  await validatedDaysAgo(31);
  assert.equal((await open(pathOf(url))).statusCode, 404, 'day 31 of 30');
  assert.equal((await linkOf(job.id)).state, 'expired');

  await patchSettings({ onlineViewDays: 60 });
  assert.equal((await open(pathOf(url))).statusCode, 200, 'a longer setting counts for links already sent');
  await patchSettings({ onlineViewDays: 30 });
});

test('a guessed link is the same 404 as a wrong one; a client that keeps guessing gets 429 with Retry-After', async () => {
  const { url } = await linkOf(completed.id);
  const guesser = anAddress();
  const unknownJob = await open(`/view/${crypto.randomUUID()}/${'A'.repeat(43)}`, guesser);
  const wrongToken = await open(`/view/${completed.id}/${'A'.repeat(43)}`, guesser);
  assert.equal(unknownJob.statusCode, 404);
  assert.equal(wrongToken.statusCode, 404);
  assert.equal(unknownJob.body, wrongToken.body, 'nothing tells which job ids exist');
  for (let i = 0; i < 18; i += 1) await open(`/view/${completed.id}/guess-${i}`, guesser);
  const blocked = await open(pathOf(url), guesser);
  assert.equal(blocked.statusCode, 429);
  assert.ok(Number(blocked.headers['retry-after']) > 0);
  assert.equal((await open(pathOf(url))).statusCode, 200, 'other clients are not blocked');
});

test('only console roles that may read jobs see the link; only those that may write jobs revoke it; unknown job 404', async () => {
  const technician = await fieldToken(t.app, fx.manager);
  assert.equal((await t.app.inject(as(technician, { method: 'GET', url: `/api/jobs/${completed.id}/online-view` }))).statusCode, 403);
  assert.equal((await officeAction(completed.id, 'revoke', fx.supervisor)).statusCode, 403);
  assert.equal((await t.app.inject(as(fx.dispatcher, { method: 'GET', url: `/api/jobs/${crypto.randomUUID()}/online-view` }))).statusCode, 404);
  const withBody = await t.app.inject(as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${completed.id}/online-view/revoke`, payload: { reason: 'x' } }));
  assert.equal(withBody.statusCode, 400, 'unknown fields are refused');
});
