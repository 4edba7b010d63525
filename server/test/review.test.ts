import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompiledQuery } from 'kysely';
import { ReviewQueueQuery, type JobDetail, type ReviewQueueItem } from '@contract';
import { listReviewQueue, reviewCount, reviewNeighbours } from '../src/modules/review/review-queue.repository';
import { aCustomer } from './helpers/customers';
import { aJobIn, at, jobFixture, readJob, type JobFixture } from './helpers/jobs';
import { assertNoTableScan, capturingHandle, planOf } from './helpers/query-plan';
import { as, createTestApp, fieldToken, type Credentials, type TestApp } from './helpers/test-app';

/**
 * The review queue (issue 8): returned jobs oldest first, filters, missing signatures, the count
 * badge and keyboard neighbours; validate and reopen through the jobs API.
 */
let t: TestApp;
let fx: JobFixture;
let otherCustomer: { id: string; siteId: string };
/** Oldest returned first: B (1 Jan), A (2 Jan), C (3 Jan). */
let A: JobDetail;
let B: JobDetail;
let C: JobDetail;
let scheduled: JobDetail;
let validated: JobDetail;

async function returned(completedAt: string, overrides: Parameters<typeof aJobIn>[2] = {}, extra: { openReserves?: number; signers?: ('customer' | 'technician')[] } = {}) {
  const job = await aJobIn(fx, 'completed', overrides);
  await t.db.updateTable('jobs').set({ completedAt, openReserves: extra.openReserves ?? 0, workedSeconds: 5400 }).where('id', '=', job.id).execute();
  for (const signer of extra.signers ?? []) {
    await t.db
      .insertInto('signatures')
      .values({ id: crypto.randomUUID(), jobId: job.id, signer, signerName: `${signer} name`, image: 'data:image/png;base64,AAAA', signedBy: null, signedAt: completedAt })
      .execute();
  }
  return readJob(fx, job.id);
}

/** A take-back of a serial recorded at another customer (issue 14 §1): open until `resolution` is set. */
async function flaggedTakeBack(job: JobDetail, resolution: 'confirmed' | null) {
  const now = at(5, 9);
  const itemId = crypto.randomUUID();
  const familyId = crypto.randomUUID();
  await t.db.insertInto('catalogFamilies').values({ id: familyId, name: `Boilers ${familyId.slice(0, 4)}`, sortOrder: 0, createdAt: now, updatedAt: now, version: 1 }).execute();
  await t.db
    .insertInto('catalogItems')
    .values({ id: itemId, familyId, kind: 'part', reference: `PRT-${itemId.slice(0, 6)}`, name: 'Boiler', searchName: 'boiler', description: null, unit: 'unit', unitPriceCents: 100, taxRateBp: 2000, isSerialized: 1, isStockTracked: 1, isActive: 1, createdAt: now, updatedAt: now, version: 1 })
    .execute();
  await t.db
    .insertInto('takeBacks')
    .values({ id: crypto.randomUUID(), jobId: job.id, serial: `SN-${itemId.slice(0, 6)}`, itemId, status: 'ok', wasFound: 0, createdBy: null, createdAt: now, updatedAt: now, recordedPlace: 'another_customer', recordedCustomerId: otherCustomer.id, resolution, resolvedAt: resolution ? now : null })
    .execute();
}

before(async () => {
  t = await createTestApp();
  fx = await jobFixture(t);
  const res = await t.app.inject(as(fx.admin, { method: 'POST', url: '/api/customers', payload: aCustomer({ name: 'Zèbre Industries' }) }));
  const body = res.json() as { id: string; sites: { id: string }[] };
  otherCustomer = { id: body.id, siteId: body.sites[0]!.id };
  A = await returned(at(2, 10), {}, { openReserves: 1, signers: ['customer', 'technician'] });
  B = await returned(at(1, 10), { customerId: otherCustomer.id, siteId: otherCustomer.siteId, contactId: null, managerId: fx.spare.id, auxiliaryIds: [] });
  C = await returned(at(3, 10), {}, { signers: ['customer'] });
  scheduled = await aJobIn(fx, 'scheduled');
  validated = await aJobIn(fx, 'validated');
  await t.db.updateTable('jobs').set({ completedAt: at(1, 12) }).where('id', '=', validated.id).execute();
  // C has a take-back to check; A's was settled; the validated job's does not count (not in the queue).
  await flaggedTakeBack(C, null);
  await flaggedTakeBack(C, null);
  await flaggedTakeBack(A, 'confirmed');
  await flaggedTakeBack(validated, null);
});
after(() => t.close());

const get = (url: string, who: Credentials = fx.supervisor) => t.app.inject(as(who, { method: 'GET', url }));
const queue = async (query = '') => {
  const res = await get(`/api/review/queue${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { items: ReviewQueueItem[]; total: number; nextCursor: string | null };
};
const numbers = (page: { items: ReviewQueueItem[] }) => page.items.map((i) => i.number);

describe('the queue', () => {
  test('returned jobs only, oldest returned first, with what the grid shows', async () => {
    const page = await queue();
    assert.deepEqual(numbers(page), [B.number, A.number, C.number]);
    assert.equal(page.total, 3);
    const a = page.items[1]!;
    assert.equal(a.customerName, fx.customer.name);
    assert.equal(a.managerName, 'Marc Manager');
    assert.equal(a.completedAt, at(2, 10));
    assert.equal(a.workedSeconds, 5400);
    assert.equal(a.plannedSeconds, 7200);
    assert.equal(a.openReserves, 1);
    assert.equal(a.currency, 'EUR');
    assert.equal(page.items[0]!.customerName, 'Zèbre Industries');
    assert.equal(page.items[0]!.managerName, 'Sam Spare');
  });

  test('missing signatures name the signers who have not signed', async () => {
    const byNumber = new Map((await queue()).items.map((i) => [i.number, i.missingSignatures]));
    assert.deepEqual(byNumber.get(A.number), []);
    assert.deepEqual(byNumber.get(B.number), ['customer', 'technician']);
    assert.deepEqual(byNumber.get(C.number), ['technician']);
  });

  test('filters give exactly the matching jobs', async () => {
    assert.deepEqual(numbers(await queue(`?technicianId=${fx.spare.id}`)), [B.number]);
    assert.deepEqual(numbers(await queue(`?technicianId=${fx.auxiliary.id}`)), [A.number, C.number]);
    assert.deepEqual(numbers(await queue(`?customerId=${otherCustomer.id}`)), [B.number]);
    assert.deepEqual(numbers(await queue('?hasOpenReserves=true')), [A.number]);
    assert.deepEqual(numbers(await queue('?missingSignatures=true')), [B.number, C.number]);
    assert.deepEqual(numbers(await queue('?takeBacksToCheck=true')), [C.number]);
    assert.deepEqual(numbers(await queue(`?takeBacksToCheck=true&customerId=${otherCustomer.id}`)), []);
    const filtered = await queue(`?q=${encodeURIComponent(A.number.toLowerCase())}`);
    assert.deepEqual(numbers(filtered), [A.number]);
    assert.equal(filtered.total, 1);
  });

  test('each row counts its take-backs to check; a settled one is not counted', async () => {
    const byNumber = new Map((await queue()).items.map((i) => [i.number, i.openTakeBackDiscrepancies]));
    assert.deepEqual([byNumber.get(A.number), byNumber.get(B.number), byNumber.get(C.number)], [0, 0, 2]);
  });

  test('keyset pages follow the same order', async () => {
    const first = await queue('?limit=2');
    assert.deepEqual(numbers(first), [B.number, A.number]);
    assert.equal(first.total, 3);
    assert.ok(first.nextCursor);
    const second = await queue(`?limit=2&cursor=${first.nextCursor}`);
    assert.deepEqual(numbers(second), [C.number]);
    assert.equal(second.nextCursor, null);
  });

  test('bad input is a 400, never a 500', async () => {
    for (const query of ['?colour=red', '?cursor=bm90LWpzb24', '?hasOpenReserves=yes', '?limit=0', '?takeBacksToCheck=1']) {
      const res = await get(`/api/review/queue${query}`);
      assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
    }
  });

  test('the count badge counts returned jobs, and those with a take-back to check', async () => {
    const res = await get('/api/review/count');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { count: 3, takeBacksToCheck: 1 });
  });

  test('neighbours in queue order, also for a job that just left the queue', async () => {
    const neighbours = async (number: string) => (await get(`/api/review/neighbours/${number}`)).json();
    assert.deepEqual(await neighbours(B.number), { previous: null, next: A.number });
    assert.deepEqual(await neighbours(A.number), { previous: B.number, next: C.number });
    assert.deepEqual(await neighbours(C.number), { previous: A.number, next: null });
    assert.deepEqual(await neighbours(validated.number), { previous: B.number, next: A.number });
    assert.equal((await get('/api/review/neighbours/J-NOPE')).statusCode, 404);
  });

  test('a returned job without a completion time comes last, across page boundaries', async () => {
    const undated = await aJobIn(fx, 'completed');
    await t.db.updateTable('jobs').set({ completedAt: null }).where('id', '=', undated.id).execute();
    try {
      const first = await queue('?limit=3');
      assert.deepEqual(numbers(first), [B.number, A.number, C.number]);
      const second = await queue(`?limit=3&cursor=${first.nextCursor}`);
      assert.deepEqual(numbers(second), [undated.number]);
      assert.equal(second.items[0]!.completedAt, undated.updatedAt);
      assert.deepEqual((await get(`/api/review/neighbours/${undated.number}`)).json(), { previous: C.number, next: null });
      assert.deepEqual((await get(`/api/review/neighbours/${C.number}`)).json(), { previous: A.number, next: undated.number });
    } finally {
      await t.db.updateTable('jobs').set({ status: 'validated' }).where('id', '=', undated.id).execute();
    }
  });

  test('the queue, its filters and its next pages read indexes only', async () => {
    const captured: CompiledQuery[] = [];
    const logged = capturingHandle(t.testDb, captured);
    try {
      const first = await listReviewQueue(logged.db, ReviewQueueQuery.parse({ limit: '1' }));
      const queries = [
        {},
        { technicianId: fx.spare.id },
        { customerId: otherCustomer.id },
        { hasOpenReserves: 'true' },
        { missingSignatures: 'true' },
        { takeBacksToCheck: 'true' },
        { q: 'J-0' },
        { cursor: first.nextCursor! },
      ];
      for (const query of queries) {
        captured.length = 0;
        await listReviewQueue(logged.db, ReviewQueueQuery.parse(query));
        await reviewNeighbours(logged.db, A.number);
        for (const q of captured.filter((c) => /^select/i.test(c.sql))) {
          assertNoTableScan(await planOf(t.handle, q), `${JSON.stringify(query)}: ${q.sql}`, /Seq Scan|^SCAN jobs$/);
        }
      }
    } finally {
      await logged.close();
    }
  });

  test('"take-backs to check" probes only the open discrepancies (the partial index of migration 0016)', async () => {
    const captured: CompiledQuery[] = [];
    const logged = capturingHandle(t.testDb, captured);
    try {
      await listReviewQueue(logged.db, ReviewQueueQuery.parse({ takeBacksToCheck: 'true' }));
      await reviewCount(logged.db);
      const probes = captured.filter((c) => /^select/i.test(c.sql) && /take_backs/.test(c.sql));
      assert.ok(probes.length >= 3, 'the filter, the rows\' counts and the quick view\'s count');
      for (const q of probes) {
        const plan = await planOf(t.handle, q);
        if (process.env.SHOW_PLANS) console.log(q.sql, '\n ', plan.join('\n  '));
        assertNoTableScan(plan, q.sql);
        // The filter reads the partial index of what is open; a page's rows probe theirs by job.
        const index = /"jobs"/.test(q.sql) ? /take_backs_open_discrepancies/ : /take_backs_open_discrepancies|take_backs_job/;
        assert.match(plan.join(' | '), index, `${q.sql}: ${plan.join(' | ')}`);
      }
    } finally {
      await logged.close();
    }
  });
});

describe('validate and reopen (the jobs API)', () => {
  const post = (who: Credentials, id: string, action: 'validate' | 'reopen', version: number | null, payload?: unknown) =>
    t.app.inject(
      as(who, { method: 'POST', url: `/api/jobs/${id}/${action}`, headers: version === null ? {} : { 'if-match': String(version) }, ...(payload === undefined ? {} : { payload: payload as object }) }),
    );

  test('a supervisor and a technician may not; a reopen needs a reason; versions are checked', async () => {
    const job = await returned(at(4, 10));
    assert.equal((await post(fx.supervisor, job.id, 'validate', job.version)).statusCode, 403);
    const technician = await fieldToken(t.app, fx.manager);
    assert.equal((await post(technician, job.id, 'validate', job.version)).statusCode, 403);
    assert.equal((await post(fx.dispatcher, job.id, 'reopen', job.version, {})).statusCode, 400);
    assert.equal((await post(fx.dispatcher, job.id, 'reopen', job.version, { reason: '' })).statusCode, 400);
    const stale = await post(fx.dispatcher, job.id, 'validate', job.version - 1);
    assert.equal(stale.statusCode, 412);
    assert.equal((await post(fx.dispatcher, job.id, 'validate', null)).statusCode, 428);
    assert.equal((await readJob(fx, job.id)).status, 'completed');
    assert.equal((await post(fx.dispatcher, job.id, 'validate', job.version)).statusCode, 200);
  });

  test('only a returned job can be validated (409), and validating takes it off the queue', async () => {
    const refused = await post(fx.dispatcher, scheduled.id, 'validate', scheduled.version);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.code, 'invalid_transition');
    const job = await returned(at(5, 10));
    assert.equal((await get('/api/review/count')).json().count, 4);
    const res = await post(fx.admin, job.id, 'validate', job.version);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'validated');
    assert.equal(res.headers.etag, `"${job.version + 1}"`);
    assert.equal((await get('/api/review/count')).json().count, 3);
    assert.ok(!numbers(await queue()).includes(job.number));
  });

  test('a reopened job goes back to the same technicians, who read the reason', async () => {
    const job = await returned(at(6, 10));
    const reason = 'The pressure reading is missing its photo';
    const res = await post(fx.dispatcher, job.id, 'reopen', job.version, { reason });
    assert.equal(res.statusCode, 200, res.body);
    const reopened = res.json() as JobDetail;
    assert.equal(reopened.status, 'scheduled');
    assert.deepEqual(
      reopened.technicians.map((x) => [x.userId, x.role]),
      job.technicians.map((x) => [x.userId, x.role]),
    );
    assert.ok(!numbers(await queue()).includes(job.number));
    const technician = await fieldToken(t.app, fx.manager);
    const field = await t.app.inject(as(technician, { method: 'GET', url: `/api/field/jobs/${job.id}` }));
    assert.equal(field.statusCode, 200, field.body);
    assert.equal(field.json().reopenReason, reason);
  });
});
