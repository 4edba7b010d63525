import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { JobDetail } from '@contract';
import { aJobIn, jobFixture, type JobFixture } from './helpers/jobs';
import { as, createTestApp, type TestApp } from './helpers/test-app';

/**
 * Validating a job that still has unresolved reserves (issue 14 §5): allowed by default (the
 * console asks and lists them); refused with 422 open_reserves when the setting says so.
 */
let t: TestApp;
let fx: JobFixture;

before(async () => {
  t = await createTestApp();
  fx = await jobFixture(t);
});
after(() => t.close());

const now = () => new Date().toISOString();

async function aReturnedJobWithReserve(status: 'unresolved' | 'resolved' | 'compliant'): Promise<JobDetail & { reserveId: string }> {
  const job = await aJobIn(fx, 'completed');
  const reserveId = crypto.randomUUID();
  await t.db
    .insertInto('reserves')
    .values({ id: reserveId, jobId: job.id, customerId: fx.customer.id, templateId: fx.template.id, fieldId: 'leak', fieldLabel: 'Leak found?', familyLabel: 'Checks', status, description: 'Drip under the boiler', raisedBy: fx.manager.id, raisedAt: now(), assigneeId: null, followUpJobId: null, resolvedAt: status === 'unresolved' ? null : now(), updatedAt: now(), version: 1 })
    .execute();
  return { ...job, reserveId };
}

const validate = (job: JobDetail) => t.app.inject(as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${job.id}/validate`, headers: { 'if-match': `"${job.version}"` }, payload: {} }));

async function setting(value: boolean): Promise<void> {
  const current = await t.app.inject(as(fx.admin, { method: 'GET', url: '/api/settings' }));
  const res = await t.app.inject(as(fx.admin, { method: 'PATCH', url: '/api/settings', headers: { 'if-match': current.headers.etag as string }, payload: { openReservesBlockValidation: value } }));
  assert.equal(res.statusCode, 200, res.body);
}

test('by default a job with an unresolved reserve validates, and the reserve stays open', async () => {
  const job = await aReturnedJobWithReserve('unresolved');
  const res = await validate(job);
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().status, 'validated');
  const reserve = await t.db.selectFrom('reserves').select('status').where('id', '=', job.reserveId).executeTakeFirstOrThrow();
  assert.equal(reserve.status, 'unresolved');
});

test('with the setting on: 422 open_reserves naming them, nothing changes; resolved or compliant reserves do not block', async () => {
  await setting(true);
  try {
    const job = await aReturnedJobWithReserve('unresolved');
    const refused = await validate(job);
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(refused.json().error.code, 'open_reserves');
    assert.deepEqual(
      refused.json().error.details.reserves.map((r: { id: string; fieldLabel: string }) => [r.id, r.fieldLabel]),
      [[job.reserveId, 'Leak found?']],
    );
    const unchanged = await t.db.selectFrom('jobs').select(['status', 'version']).where('id', '=', job.id).executeTakeFirstOrThrow();
    assert.deepEqual(unchanged, { status: 'completed', version: job.version });
    const audited = await t.db.selectFrom('auditLog').select('id').where('entityId', '=', job.id).where('action', '=', 'validate').execute();
    assert.equal(audited.length, 0, 'a refused validation writes no audit row');

    for (const status of ['resolved', 'compliant'] as const) {
      const closed = await aReturnedJobWithReserve(status);
      assert.equal((await validate(closed)).statusCode, 200, `a ${status} reserve does not block`);
    }
  } finally {
    await setting(false);
  }
});
