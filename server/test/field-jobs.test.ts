import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FieldJobDetail, FieldJobPage } from '@contract';
import { aFieldJob, fieldFixture, fieldRequest, type FieldFixture } from './helpers/field';
import { testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: FieldFixture;
before(async () => ({ t, fx } = await testAppWith(fieldFixture)));
after(() => t.close());

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const list = async (who = fx.manager, query = '') => {
  const res = await t.app.inject(fieldRequest(who, 'GET', `/api/field/jobs${query}`));
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as FieldJobPage;
};
const statusOf = async (jobId: string) => (await t.db.selectFrom('jobs').select(['status', 'version']).where('id', '=', jobId).executeTakeFirstOrThrow());
/** The live events published about a job (type and payload). */
const outbox = async (jobId: string) =>
  (await t.db.selectFrom('outboxEvents').select(['type', 'payload']).execute())
    .map((r) => ({ type: r.type, ...(JSON.parse(r.payload) as { jobId: string; from?: string; to?: string }) }))
    .filter((e) => e.jobId === jobId);

describe('GET /api/field/jobs', () => {
  test("lists the caller's jobs only, with their role, customer and city", async () => {
    const other = await aFieldJob(t.db, fx, { managerId: fx.outsider.user.id, auxiliaryIds: [] });
    const mine = await list();
    assert.ok(mine.items.some((j) => j.id === fx.job.id));
    assert.ok(!mine.items.some((j) => j.id === other.id), "another technician's job is not listed");
    const item = mine.items.find((j) => j.id === fx.job.id)!;
    assert.deepEqual(
      { number: item.number, status: item.status, customerName: item.customerName, siteCity: item.siteCity, myRole: item.myRole },
      { number: fx.job.number, status: 'scheduled', customerName: 'Boulangerie Étoile', siteCity: 'Paris', myRole: 'manager' },
    );
    const auxiliary = await list(fx.auxiliary);
    assert.equal(auxiliary.items.find((j) => j.id === fx.job.id)?.myRole, 'auxiliary');
    const outsider = await list(fx.outsider);
    assert.deepEqual(outsider.items.map((j) => j.id), [other.id]);
  });

  test('by default: today and upcoming plus every job in progress; never drafts; cancelled ones only for a few days', async () => {
    const tech = { managerId: fx.outsider.user.id, auxiliaryIds: [] };
    const yesterday = { plannedStart: inDays(-1.2), plannedEnd: inDays(-1.1) };
    const past = await aFieldJob(t.db, fx, { ...tech, ...yesterday });
    const pastInProgress = await aFieldJob(t.db, fx, { ...tech, ...yesterday, status: 'paused' });
    const upcoming = await aFieldJob(t.db, fx, { ...tech, plannedStart: inDays(3), plannedEnd: inDays(3.1) });
    const draft = await aFieldJob(t.db, fx, { ...tech, status: 'draft' });
    const inPool = await aFieldJob(t.db, fx, { ...tech, status: 'created' });
    const justCancelled = await aFieldJob(t.db, fx, { ...tech, status: 'cancelled' });
    const longCancelled = await aFieldJob(t.db, fx, { ...tech, status: 'cancelled', updatedAt: inDays(-8) });
    const undated = await aFieldJob(t.db, fx, { ...tech, plannedStart: null, plannedEnd: null });

    const ids = (await list(fx.outsider)).items.map((j) => j.id);
    for (const shown of [pastInProgress, upcoming, justCancelled, undated]) assert.ok(ids.includes(shown.id));
    for (const hidden of [past, draft, inPool, longCancelled]) assert.ok(!ids.includes(hidden.id));
    assert.equal(ids.at(-1), undated.id, 'an undated job comes last');

    const withPast = (await list(fx.outsider, `?from=${encodeURIComponent(inDays(-2))}`)).items.map((j) => j.id);
    assert.ok(withPast.includes(past.id), 'from= reaches back');
    assert.ok(!withPast.includes(draft.id));
    const paused = (await list(fx.outsider, '?status=paused')).items.map((j) => j.id);
    assert.deepEqual(paused, [pastInProgress.id]);
    const drafts = await list(fx.outsider, '?status=draft&status=created');
    assert.equal(drafts.total, 0, 'a draft or a job in the pool never reaches a technician, even asked for');
    for (const job of [draft, inPool]) {
      const detail = await t.app.inject(fieldRequest(fx.outsider, 'GET', `/api/field/jobs/${job.id}`));
      assert.equal(detail.statusCode, 404, 'nor its detail');
      const start = await t.app.inject(fieldRequest(fx.outsider, 'POST', `/api/field/jobs/${job.id}/start`));
      assert.equal(start.statusCode, 404, 'nor can it be started');
    }
  });

  test('pages by keyset: every job once, soonest first', async () => {
    const tech = await fieldFixture(t);
    for (let i = 0; i < 4; i++) await aFieldJob(t.db, tech, { plannedStart: inDays(i + 1), plannedEnd: inDays(i + 1.1) });
    const seen: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const page: FieldJobPage = await list(tech.manager, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      total = page.total;
      seen.push(...page.items.map((j) => j.plannedStart!));
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(total, 5);
    assert.equal(seen.length, 5);
    assert.deepEqual([...seen].sort(), seen);
  });

  test('bad query → 400, never a 500', async () => {
    for (const query of ['?colour=red', '?cursor=bm90LWpzb24', '?status=finished', '?from=yesterday']) {
      const res = await t.app.inject(fieldRequest(fx.manager, 'GET', `/api/field/jobs${query}`));
      assert.equal(res.statusCode, 400, query);
    }
  });
});

describe('GET /api/field/jobs/:id', () => {
  test('holds step 2 of the job: dates, customer, site with a maps link, contact, technicians, pinned template, report, actions', async () => {
    const job = await aFieldJob(t.db, fx);
    const res = await t.app.inject(fieldRequest(fx.manager, 'GET', `/api/field/jobs/${job.id}`));
    assert.equal(res.statusCode, 200, res.body);
    const detail = res.json() as FieldJobDetail;
    assert.equal(detail.number, job.number);
    assert.equal(detail.customer.name, 'Boulangerie Étoile');
    assert.equal(detail.site?.city, 'Paris');
    assert.match(detail.site!.mapsUrl, /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=48\.869%2C2\.331$/);
    assert.deepEqual(detail.contact, { id: fx.contactId, name: 'Élise Martin', phone: '+33 1 23 45 67 80', mobile: '+33 6 12 34 56 78', email: 'elise@etoile.test' });
    assert.deepEqual(
      detail.technicians.map((x) => [x.name, x.role]),
      [
        ['Marc Manager', 'manager'],
        ['Alice Auxiliary', 'auxiliary'],
      ],
    );
    assert.equal(detail.myRole, 'manager');
    assert.deepEqual(detail.template, { id: fx.template.id, name: fx.template.name, version: 1, definition: fx.template.definition });
    assert.deepEqual(detail.report.answers, []);
    assert.equal(detail.report.totals.exclTaxCents, 0);
    assert.deepEqual(detail.allowedActions, ['start', 'decline']);
    const asAuxiliary = (await t.app.inject(fieldRequest(fx.auxiliary, 'GET', `/api/field/jobs/${job.id}`))).json() as FieldJobDetail;
    assert.deepEqual(asAuxiliary.allowedActions, ['start'], 'only the job manager declines');
    assert.equal(detail.reopenReason, null);
  });

  test("the job's custom fields come with their definitions' labels", async () => {
    const job = await aFieldJob(t.db, fx);
    await t.db
      .insertInto('customFieldDefinitions')
      .values({ id: crypto.randomUUID(), entity: 'job', key: 'gateCode', labelEn: 'Gate code', labelFr: 'Code du portail', type: 'text', options: '[]', isMandatory: 0, sortOrder: 1, isActive: 1, createdAt: new Date().toISOString(), version: 1 })
      .execute();
    await t.db.updateTable('jobs').set({ customFields: JSON.stringify({ gateCode: 'B1234' }) }).where('id', '=', job.id).execute();
    const detail = (await t.app.inject(fieldRequest(fx.manager, 'GET', `/api/field/jobs/${job.id}`))).json() as FieldJobDetail;
    assert.deepEqual(detail.customFields, [{ key: 'gateCode', labelEn: 'Gate code', labelFr: 'Code du portail', type: 'text', value: 'B1234' }]);
  });

  test('reading a job changes nothing (GET is safe): status, version, history, audit trail, live events', async () => {
    const job = await aFieldJob(t.db, fx);
    const before = await statusOf(job.id);
    for (const who of [fx.manager, fx.auxiliary, fx.manager]) {
      const res = await t.app.inject(fieldRequest(who, 'GET', `/api/field/jobs/${job.id}`));
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().status, 'scheduled');
      assert.equal(res.json().version, before.version);
    }
    assert.deepEqual(await statusOf(job.id), before);
    assert.deepEqual(await t.db.selectFrom('jobEvents').select('type').where('jobId', '=', job.id).execute(), []);
    assert.deepEqual(await t.db.selectFrom('auditLog').select('action').where('entityId', '=', job.id).execute(), []);
    assert.deepEqual(await outbox(job.id), []);
  });

  test("an auxiliary is not offered the end; a reopened job shows the office's reason", async () => {
    const job = await aFieldJob(t.db, fx, { status: 'started' });
    await t.db
      .insertInto('jobEvents')
      .values({ id: crypto.randomUUID(), jobId: job.id, type: 'reopened', fromStatus: 'completed', toStatus: 'scheduled', actorId: null, source: 'console', data: JSON.stringify({ reason: 'Photo missing' }), occurredAt: new Date().toISOString() })
      .execute();
    const aux = (await t.app.inject(fieldRequest(fx.auxiliary, 'GET', `/api/field/jobs/${job.id}`))).json() as FieldJobDetail;
    assert.deepEqual(aux.allowedActions, ['pause']);
    assert.equal(aux.reopenReason, 'Photo missing');
    const manager = (await t.app.inject(fieldRequest(fx.manager, 'GET', `/api/field/jobs/${job.id}`))).json() as FieldJobDetail;
    assert.deepEqual(manager.allowedActions, ['pause', 'end']);
  });
});

describe("another technician's job looks like no job at all", () => {
  test('404 on every route, and nothing changes', async () => {
    const job = await aFieldJob(t.db, fx, { status: 'started' });
    const reserve = crypto.randomUUID();
    const base = `/api/field/jobs/${job.id}`;
    const calls = [
      ['GET', base, undefined],
      ['POST', `${base}/start`, undefined],
      ['POST', `${base}/pause`, undefined],
      ['POST', `${base}/resume`, undefined],
      ['POST', `${base}/end`, undefined],
      ['POST', `${base}/decline`, { reason: 'Not mine' }],
      ['PUT', `${base}/answers/pressure`, { value: 2 }],
      ['DELETE', `${base}/answers/pressure`, undefined],
      ['POST', `${base}/reserves`, { fieldId: 'pressure', status: 'unresolved', description: 'Leak' }],
      ['PATCH', `${base}/reserves/${reserve}`, { status: 'resolved' }],
    ] as const;
    for (const [method, url, payload] of calls) {
      const res = await t.app.inject(fieldRequest(fx.outsider, method, url, payload));
      assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
      assert.equal(res.json().error.code, 'not_found');
    }
    const missing = await t.app.inject(fieldRequest(fx.manager, 'GET', `/api/field/jobs/${crypto.randomUUID()}`));
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(await statusOf(job.id), { status: 'started', version: 1 });
  });

  test('a console session cannot use the technician routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/field/jobs' });
    assert.equal(res.statusCode, 401);
  });
});

describe('POST /api/field/jobs/:id/received', () => {
  const received = (jobId: string, who = fx.auxiliary, key?: string | null) =>
    t.app.inject(fieldRequest(who, 'POST', `/api/field/jobs/${jobId}/received`, undefined, key));

  test('the app acknowledges a scheduled job: synchronized, one history line, one audit row, one live event', async () => {
    const job = await aFieldJob(t.db, fx);
    const res = await received(job.id);
    assert.equal(res.statusCode, 200, res.body);
    const detail = res.json() as FieldJobDetail;
    assert.equal(detail.status, 'synchronized');
    assert.deepEqual(detail.allowedActions, ['start'], 'the auxiliary may start; receipt is not offered as an action');
    assert.deepEqual(await statusOf(job.id), { status: 'synchronized', version: detail.version });
    const events = await t.db.selectFrom('jobEvents').select(['type', 'actorId', 'source']).where('jobId', '=', job.id).execute();
    assert.deepEqual(events, [{ type: 'synchronized', actorId: fx.auxiliary.user.id, source: 'field' }]);
    const audits = await t.db.selectFrom('auditLog').select(['action', 'actorId']).where('entityId', '=', job.id).execute();
    assert.deepEqual(audits, [{ action: 'synchronize', actorId: fx.auxiliary.user.id }]);
    assert.deepEqual(
      (await outbox(job.id)).map((e) => [e.type, e.from, e.to]),
      [['job.status_changed', 'scheduled', 'synchronized']],
    );
  });

  test('a repeat is harmless: a retry replays the answer, a second acknowledgement answers the job unchanged', async () => {
    const job = await aFieldJob(t.db, fx);
    const key = crypto.randomUUID();
    const first = await received(job.id, fx.manager, key);
    assert.equal(first.statusCode, 200, first.body);
    const retry = await received(job.id, fx.manager, key);
    assert.equal(retry.statusCode, 200);
    assert.deepEqual(retry.json(), first.json());
    const again = await received(job.id, fx.auxiliary);
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().status, 'synchronized');
    assert.equal(again.json().version, first.json().version);
    assert.equal((await t.db.selectFrom('jobEvents').select('type').where('jobId', '=', job.id).execute()).length, 1);
    assert.equal((await t.db.selectFrom('auditLog').select('action').where('entityId', '=', job.id).execute()).length, 1);
    assert.equal((await outbox(job.id)).length, 1);
  });

  test('only a scheduled job is marked: a job in progress is answered unchanged', async () => {
    const started = await aFieldJob(t.db, fx, { status: 'started' });
    const before = await statusOf(started.id);
    const res = await received(started.id, fx.manager);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'started');
    assert.deepEqual(await statusOf(started.id), before);
    assert.deepEqual(await t.db.selectFrom('jobEvents').select('type').where('jobId', '=', started.id).execute(), []);
  });

  test('Idempotency-Key required (400); another technician\'s job, a draft or an unknown id → 404', async () => {
    const job = await aFieldJob(t.db, fx);
    const noKey = await received(job.id, fx.manager, null);
    assert.equal(noKey.statusCode, 400);
    assert.equal(noKey.json().error.code, 'idempotency_key_required');
    assert.equal((await received(job.id, fx.outsider)).statusCode, 404);
    const draft = await aFieldJob(t.db, fx, { status: 'draft' });
    assert.equal((await received(draft.id, fx.manager)).statusCode, 404);
    assert.equal((await received(crypto.randomUUID(), fx.manager)).statusCode, 404);
    assert.equal((await statusOf(job.id)).status, 'scheduled');
  });
});
