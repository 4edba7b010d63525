import { after, before, test } from 'node:test';
import { listDepotMovements } from '../src/modules/depots/depot-movements.repository';
import { seedParts, type PartsFixture } from './helpers/depots';
import { planTestDb, type PlanTestDb } from './helpers/query-plan';

/**
 * No table scan behind a depot's movements (see query-plans.test.ts for the method): each side
 * (out of the depot, into it) reads its own index range, first page and next, and so do the counts.
 */
let plans: PlanTestDb;
let parts: PartsFixture;
const vanId = 'plan-van';

before(async () => {
  plans = await planTestDb();
  const db = plans.testDb.handle.db;
  parts = await seedParts(db);
  const now = new Date().toISOString();
  await db.insertInto('depots').values({ id: vanId, name: 'Van', kind: 'van', ownerId: null, version: 1, createdAt: now }).execute();
  const movements = Array.from({ length: 40 }, (_, i) => ({
    id: `m${String(i).padStart(3, '0')}`,
    kind: 'transfer' as const,
    itemId: parts.cable,
    serialUnitId: null,
    quantityMilli: 1000,
    fromDepotId: i % 2 ? parts.mainDepotId : vanId,
    toDepotId: i % 2 ? vanId : parts.mainDepotId,
    customerId: null,
    jobId: null,
    statusAfter: null,
    note: null,
    actorId: null,
    occurredAt: new Date(Date.parse(now) + i * 1000).toISOString(),
  }));
  await db.insertInto('stockMovements').values(movements).execute();
});
after(() => plans.close());

test("a depot's movements read indexes only, first and next pages", async () => {
  const db = plans.logged.db;
  await plans.assertIndexedOnly('movements of a van', () => listDepotMovements(db, vanId, { limit: 5 }));
  await plans.assertIndexedOnly('movements of the main depot', () => listDepotMovements(db, parts.mainDepotId, { limit: 5 }));
  const first = await listDepotMovements(db, vanId, { limit: 5 });
  await plans.assertIndexedOnly('next page of a van', () => listDepotMovements(db, vanId, { limit: 5, cursor: first.nextCursor! }));
});
