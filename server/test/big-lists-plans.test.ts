import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AuditListQuery, ReserveListQuery, ReviewQueueQuery, type AuditListQuery as AuditInput, type ReserveListQuery as ReserveInput, type ReviewQueueQuery as ReviewInput } from '@contract';
import { listAudit } from '../src/modules/audit/audit.repository';
import { listReserves } from '../src/modules/reserves/reserves.repository';
import { listReviewQueue, reviewCount } from '../src/modules/review/review-queue.repository';
import { jobRow } from '../testing/job-rows';
import { createUser } from './helpers/test-app';
import type { CompiledQuery } from 'kysely';
import type { DbHandle } from '../src/db/create-db';
import { capturingHandle, planOf, planTestDb, TABLE_SCAN, type PlanTestDb } from './helpers/query-plan';

/**
 * The big lists of issue 15 (review queue at 40,000 waiting, reserves at 100,000, the audit trail at
 * 10,000,000 rows): every filter the console offers, alone and combined, first and next blocks,
 * reads an index range — no table scan (query-plans.test.ts explains the method) and, on SQLite,
 * no sort of the whole matching set (`USE TEMP B-TREE FOR ORDER BY`): a block walks its index in
 * the list's order and stops after `limit` rows. The indexes of migration 0021 are named here.
 */
let plans: PlanTestDb;
let technicianId: string;
let supervisorId: string;
let adminId: string;
let customerId: string;
const unboundedSort = new RegExp(`${TABLE_SCAN.source}|USE TEMP B-TREE FOR ORDER BY`);

before(async () => {
  plans = await planTestDb();
  const db = plans.testDb.handle.db;
  technicianId = (await createUser(db, { role: 'technician' })).id;
  supervisorId = (await createUser(db, { role: 'supervisor' })).id;
  adminId = (await createUser(db, { role: 'admin' })).id;
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();
  customerId = 'cust-plan';
  await db.insertInto('customers').values({ id: customerId, code: 'C-900001', name: 'Plan', searchName: 'plan', email: null, phone: null, notes: null, customFields: '{}', createdAt: at(0), updatedAt: at(0), version: 1 }).execute();
  for (let i = 0; i < 30; i++) {
    const status = i % 3 === 0 ? 'completed' : 'validated';
    const job = jobRow({ id: `job-plan-${i}`, seq: 900_000 + i, number: `J-P${String(i).padStart(4, '0')}`, customerId, status, managerId: technicianId, completedAt: at(i), openReserves: i % 2 });
    await db.insertInto('jobs').values(job).execute();
    await db.insertInto('jobTechnicians').values({ jobId: job.id, userId: technicianId, role: 'manager' }).execute();
    await db
      .insertInto('reserves')
      .values({
        id: `res-plan-${i}`,
        jobId: job.id,
        customerId,
        templateId: null,
        fieldId: 'leak',
        fieldLabel: 'Leak',
        familyLabel: 'Safety',
        status: (['unresolved', 'resolved', 'compliant'] as const)[i % 3]!,
        description: 'Drips',
        raisedBy: technicianId,
        raisedAt: at(i),
        assigneeId: i % 2 ? supervisorId : null,
        followUpJobId: null,
        resolvedAt: null,
        updatedAt: at(i),
        version: 1,
      })
      .execute();
    await db
      .insertInto('auditLog')
      .values({ id: `audit-plan-${i}`, occurredAt: at(i), actorId: i % 2 ? adminId : supervisorId, actorRole: 'admin', actorIp: null, action: 'update', entityType: i % 3 ? 'customer' : 'reserve', entityId: `e-${i % 5}`, changes: '{}' })
      .execute();
  }
});
after(() => plans.close());

/** Explains every select `run` sends; `sorted` also refuses a sort of the whole set (SQLite). */
const explainAll = (label: string, run: () => Promise<unknown>, sorted = true) => plans.assertIndexedOnly(label, run, sorted ? { scan: unboundedSort } : {});

test('review queue: every filter, its count and its next blocks walk the queue index (jobs_review_queue)', async () => {
  const db = plans.logged.db;
  const queries: ReviewInput[] = [{}, { technicianId }, { customerId }, { hasOpenReserves: 'true' }, { missingSignatures: 'true' }, { takeBacksToCheck: 'true' }, { q: 'J-P00' }, { technicianId, hasOpenReserves: 'true', q: 'J-P' }];
  for (const query of queries) {
    const first = await listReviewQueue(db, ReviewQueueQuery.parse({ ...query, limit: 2 }));
    // A technician's or a customer's returned jobs are a small set: sorting those is bounded.
    const sorted = !query.technicianId && !query.customerId;
    await explainAll(`review ${JSON.stringify(query)}`, () => listReviewQueue(db, ReviewQueueQuery.parse({ ...query, limit: 2 })), sorted);
    if (first.nextCursor) await explainAll(`review ${JSON.stringify(query)} next`, () => listReviewQueue(db, ReviewQueueQuery.parse({ ...query, limit: 2, cursor: first.nextCursor! })), sorted);
  }
  await explainAll('review badge', () => reviewCount(db));
});

test('review queue: a count of open reserves or of a number prefix reads the partial index of the queue, not every job', async () => {
  const handle = plans.testDb.handle;
  // (The whole queue's count reads any covering index of the status, e.g. jobs_status_seq.)
  for (const query of [{ hasOpenReserves: 'true' }, { q: 'J-P00' }, { hasOpenReserves: 'true', q: 'J-P' }] as ReviewInput[]) {
    const { captured } = await capture((db) => listReviewQueue(db, ReviewQueueQuery.parse({ ...query, limit: 2 })));
    // The block itself may walk jobs_completed (status, completed_at, id) just as well: it reads rows.
    const onJobs = captured.filter((q) => /^select count/i.test(q.sql) && /from "jobs"/.test(q.sql));
    assert.equal(onJobs.length, 1, 'the first block counts');
    for (const q of onJobs) {
      const plan = (await planOf(handle, q)).join(' | ');
      assert.match(plan, /jobs_review_queue/, `${JSON.stringify(query)}: ${q.sql}: ${plan}`);
    }
  }
});

test('reserves: every view, status and filter, alone and combined, both ways and next blocks, read an index range', async () => {
  const db = plans.logged.db;
  const filters: ReserveInput[] = [
    {},
    { dir: 'asc' },
    { view: 'unresolved' },
    { view: 'older_than_7_days' },
    { view: 'mine' },
    { status: 'resolved' },
    { status: 'unresolved,resolved' },
    { technicianId },
    { technicianId, status: 'unresolved' },
    { technicianId, view: 'unresolved' },
    { customerId },
    { customerId, status: 'unresolved' },
    { assigneeId: supervisorId },
    { assigneeId: supervisorId, status: 'unresolved' },
    { view: 'mine', status: 'unresolved' },
  ];
  for (const filter of filters) {
    const list = (cursor?: string) => listReserves(db, ReserveListQuery.parse({ ...filter, limit: 2, ...(cursor ? { cursor } : {}) }), supervisorId);
    const first = await list();
    // A technician's or a customer's reserves are a small set: sorting those is bounded.
    const sorted = !filter.technicianId && !filter.customerId;
    await explainAll(`reserves ${JSON.stringify(filter)}`, () => list(), sorted);
    if (first.nextCursor) await explainAll(`reserves ${JSON.stringify(filter)} next`, () => list(first.nextCursor!), sorted);
  }
});

test("reserves: a technician's or an assignee's reserves of one status are counted on their index (0021)", async () => {
  const cases: [ReserveInput, RegExp][] = [
    [{ technicianId, status: 'unresolved' }, /reserves_technician_status/],
    [{ assigneeId: supervisorId, status: 'unresolved' }, /reserves_assignee_status/],
    [{ view: 'mine', status: 'unresolved' }, /reserves_assignee_status/],
  ];
  for (const [filter, index] of cases) {
    const { captured } = await capture((db) => listReserves(db, ReserveListQuery.parse({ ...filter, limit: 2 }), supervisorId));
    const counts = captured.filter((q) => /^select count/i.test(q.sql));
    assert.equal(counts.length, 1, 'the first block counts');
    const plan = (await planOf(plans.testDb.handle, counts[0]!)).join(' | ');
    assert.match(plan, index, `${JSON.stringify(filter)}: ${plan}`);
  }
});

test('audit trail: every filter combination the page offers, first and next blocks, walks an index in order', async () => {
  const db = plans.logged.db;
  const from = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const to = new Date(Date.UTC(2026, 0, 2)).toISOString();
  const filters: AuditInput[] = [
    {},
    { actorId: adminId },
    { entityType: 'customer' },
    { entityType: 'customer', entityId: 'e-1' },
    { actorId: adminId, entityType: 'customer' },
    { actorId: adminId, entityType: 'customer', entityId: 'e-1' },
    { from, to },
    { actorId: adminId, from, to },
    { entityType: 'customer', from, to },
    { actorId: adminId, entityType: 'reserve', from, to },
  ];
  for (const filter of filters) {
    const list = (cursor?: string) => listAudit(db, AuditListQuery.parse({ ...filter, limit: 2, ...(cursor ? { cursor } : {}) }));
    const first = await list();
    await explainAll(`audit ${JSON.stringify(filter)}`, () => list());
    if (first.nextCursor) await explainAll(`audit ${JSON.stringify(filter)} next`, () => list(first.nextCursor!));
  }
  const { captured } = await capture((db) => listAudit(db, AuditListQuery.parse({ actorId: adminId, entityType: 'customer', limit: 2 })));
  for (const q of captured.filter((c) => /^select/i.test(c.sql) && /audit_log/.test(c.sql))) {
    assert.match((await planOf(plans.testDb.handle, q)).join(' | '), /audit_actor_type_occurred/, q.sql);
  }
});

/** Runs `work` on a handle of its own and answers the queries it sent. */
async function capture(work: (db: DbHandle['db']) => Promise<unknown>): Promise<{ captured: CompiledQuery[] }> {
  const captured: CompiledQuery[] = [];
  const handle = capturingHandle(plans.testDb, captured);
  try {
    await work(handle.db);
  } finally {
    await handle.close();
  }
  return { captured };
}
