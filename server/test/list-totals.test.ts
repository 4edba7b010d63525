import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AuditListQuery } from '@contract';
import { listAudit } from '../src/modules/audit/audit.repository';
import { encodeCursor } from '../src/shared/cursor';
import { cappedCount } from '../src/shared/list-total';
import { createTestDb, type TestDb } from './helpers/test-db';

/**
 * Totals of the big lists (issue 15): counted with the first block, at most TOTAL_CAP + 1 rows
 * ("more than"), and carried by the cursors of the blocks after it instead of counted again.
 */
let testDb: TestDb;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();
const entry = (i: number) => ({ id: `audit-${String(i).padStart(4, '0')}`, occurredAt: at(i), actorId: null, actorRole: null, actorIp: null, action: 'update', entityType: 'customer', entityId: `c-${i}`, changes: '{}' });

before(async () => {
  testDb = await createTestDb();
  await testDb.handle.db.insertInto('auditLog').values(Array.from({ length: 30 }, (_, i) => entry(i))).execute();
});
after(() => testDb.drop());

test('a capped count is exact up to the cap and says "one more" beyond it', async () => {
  const db = testDb.handle.db;
  const rows = db.selectFrom('auditLog');
  assert.equal(await cappedCount(db, rows, 100), 30);
  assert.equal(await cappedCount(db, rows, 30), 30);
  assert.equal(await cappedCount(db, rows, 10), 11);
  assert.equal(await cappedCount(db, rows.where('entityId', '=', 'c-3'), 10), 1);
  assert.equal(await cappedCount(db, rows.where('entityId', '=', 'nobody'), 10), 0);
});

test("the blocks after the first carry its total: a row written meanwhile changes the next first block's, not theirs", async () => {
  const db = testDb.handle.db;
  const first = await listAudit(db, AuditListQuery.parse({ limit: 10 }));
  assert.equal(first.total, 30);
  await db.insertInto('auditLog').values(entry(100)).execute();
  const second = await listAudit(db, AuditListQuery.parse({ limit: 10, cursor: first.nextCursor! }));
  assert.equal(second.total, 30, 'the second block repeats the first block’s total');
  assert.deepEqual(second.items.map((e) => e.id), Array.from({ length: 10 }, (_, i) => entry(19 - i).id), 'and continues where the first stopped');
  assert.equal((await listAudit(db, AuditListQuery.parse({ limit: 10 }))).total, 31, 'a new first block counts again');
});

test('a cursor written before totals rode in cursors still reads its block, and counts', async () => {
  const db = testDb.handle.db;
  const older = encodeCursor([at(20), entry(20).id]);
  const page = await listAudit(db, AuditListQuery.parse({ limit: 5, cursor: older }));
  assert.deepEqual(page.items.map((e) => e.id), [19, 18, 17, 16, 15].map((i) => entry(i).id));
  assert.equal(page.total, 31);
});
