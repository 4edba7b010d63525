import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { JOB_TRANSITIONS, allowedActions, canTransition, editableStatuses, jobActions, jobStatuses, type JobAction, type JobDetail, type JobStatus } from '@contract';
import { AppError } from '../src/shared/errors';
import { transitionJob } from '../src/modules/job-lifecycle/job-lifecycle.service';
import { aJobIn, jobFixture, readJob, type JobFixture } from './helpers/jobs';
import { as, testAppWith, type TestApp } from './helpers/test-app';
import { inUnitOfWork } from '../src/plugins/unit-of-work';

/**
 * Every action from every status, driven by the contract's JOB_TRANSITIONS: console actions that
 * have a route go through HTTP, the others (field actions, and the console's plan_draft/unassign,
 * which the API reaches through reschedule and PATCH) through `transitionJob`.
 */
let t: TestApp;
let fx: JobFixture;
before(async () => ({ t, fx } = await testAppWith(jobFixture)));
after(() => t.close());

const ROUTES: Partial<Record<JobAction, { path: string; body: object }>> = {
  confirm_schedule: { path: 'schedule', body: {} },
  cancel: { path: 'cancel', body: { reason: 'No longer needed' } },
  validate: { path: 'validate', body: {} },
  reopen: { path: 'reopen', body: { reason: 'Redo the check' } },
};

/** A job in `status`; a pool job keeps its manager and dates so that planning actions can apply. */
async function jobIn(status: JobStatus): Promise<JobDetail> {
  if (status !== 'created') return aJobIn(fx, status);
  const job = await aJobIn(fx, 'scheduled');
  await inUnitOfWork(t.db, (uow) => transitionJob(uow, { jobId: job.id, action: 'unassign', actor: null, source: 'console' }));
  return readJob(fx, job.id);
}

type Outcome = { ok: true; status: JobStatus; version: number } | { ok: false; httpStatus: number; code: string; currentStatus: unknown };

async function perform(job: JobDetail, action: JobAction): Promise<Outcome> {
  const route = ROUTES[action];
  if (route) {
    const res = await t.app.inject(
      as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${job.id}/${route.path}`, headers: { 'if-match': String(job.version) }, payload: route.body }),
    );
    const body = res.json();
    if (res.statusCode === 200) return { ok: true, status: body.status, version: body.version };
    return { ok: false, httpStatus: res.statusCode, code: body.error.code, currentStatus: body.error.details?.currentStatus };
  }
  try {
    const result = await inUnitOfWork(t.db, (uow) => transitionJob(uow, { jobId: job.id, action, actor: null, source: JOB_TRANSITIONS[action].by, expectedVersion: job.version }));
    return { ok: true, status: result.job.status, version: result.job.version };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, httpStatus: error.statusCode, code: error.code, currentStatus: (error.details as { currentStatus?: unknown } | undefined)?.currentStatus };
  }
}

const jobs = new Map<JobStatus, JobDetail[]>();

describe('every action from every status follows JOB_TRANSITIONS', () => {
  for (const action of jobActions) {
    for (const status of jobStatuses) {
      const rule = JOB_TRANSITIONS[action];
      const allowed = canTransition(status, action);
      const repeatedStart = action === 'start' && status === 'started';
      const how = ROUTES[action] ? 'HTTP' : 'transitionJob';
      test(`${action} from ${status}: ${allowed ? `→ ${rule.to}` : repeatedStart ? 'harmless repeat' : '409'} (${how})`, async () => {
        const job = await jobIn(status);
        const outcome = await perform(job, action);
        const after = await readJob(fx, job.id);
        if (allowed) {
          assert.deepEqual(outcome, { ok: true, status: rule.to, version: job.version + 1 });
          const events = await t.db.selectFrom('jobEvents').selectAll().where('jobId', '=', job.id).orderBy('occurredAt', 'desc').execute();
          assert.ok(events.some((e) => e.type === rule.event && e.fromStatus === status && e.toStatus === rule.to), `${rule.event} event`);
        } else if (repeatedStart) {
          assert.deepEqual(outcome, { ok: true, status: 'started', version: job.version });
        } else {
          assert.deepEqual(outcome, { ok: false, httpStatus: 409, code: 'invalid_transition', currentStatus: status });
          assert.equal(after.version, job.version, 'a refused action changes nothing');
          assert.equal(after.status, status);
        }
        (jobs.get(status) ?? jobs.set(status, []).get(status)!).push(job);
      });
    }
  }
});

describe('the job page offers exactly what the status allows', () => {
  for (const status of jobStatuses) {
    test(`${status}: allowedActions(status, 'console') + edit/reschedule while planning + duplicate`, async () => {
      const job = jobs.get(status)?.[0] ?? (await jobIn(status));
      const editable = editableStatuses.includes(status);
      assert.deepEqual(job.allowedActions, [...allowedActions(status, 'console'), ...(editable ? ['edit', 'reschedule'] : []), 'duplicate']);
    });
  }
});

test('a stale If-Match on a transition → 412 with the current version, the status unchanged', async () => {
  const job = await jobIn('scheduled');
  const res = await t.app.inject(
    as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${job.id}/cancel`, headers: { 'if-match': String(job.version - 1 || 99) }, payload: { reason: 'x' } }),
  );
  assert.equal(res.statusCode, 412);
  assert.equal(res.json().error.details.currentVersion, job.version);
  assert.equal((await readJob(fx, job.id)).status, 'scheduled');
});

test('every HTTP transition writes exactly one audit row, with the status before and after', async () => {
  const job = await jobIn('scheduled');
  const count = async () => (await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', job.id).execute()).length;
  const before = await count();
  const res = await t.app.inject(as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${job.id}/cancel`, headers: { 'if-match': String(job.version) }, payload: { reason: 'Duplicate request' } }));
  assert.equal(res.statusCode, 200);
  assert.equal((await count()) - before, 1);
  const row = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', job.id).where('action', '=', 'cancel').executeTakeFirstOrThrow();
  assert.deepEqual(JSON.parse(row.changes).status, { before: 'scheduled', after: 'cancelled' });
  assert.equal(row.actorId, fx.dispatcher.user.id);
});
