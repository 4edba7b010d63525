import { after, before, test } from 'node:test';
import { listDepots, listStock } from '../src/modules/depots/depots.repository';
import { installedUnitsBySite } from '../src/modules/serial-units/installed-units.repository';
import { listRepairQueue } from '../src/modules/serial-units/repair-queue.repository';
import { findUnitDetail, findUnitsBySerial, listUnits } from '../src/modules/serial-units/serial-units.repository';
import { aCustomerJob, seedParts, type PartsFixture } from './helpers/depots';
import { planTestDb, type PlanTestDb } from './helpers/query-plan';

/**
 * No table scan behind serial search, a unit's history, a depot's units and stock, the repair
 * queue and a customer's installed units (see query-plans.test.ts for the method). The depots
 * table itself (one row per technician) is read whole on purpose.
 */
let plans: PlanTestDb;
let parts: PartsFixture;
let customerId: string;

before(async () => {
  plans = await planTestDb();
  const db = plans.testDb.handle.db;
  parts = await seedParts(db);
  customerId = (await aCustomerJob(db)).customerId;
  const now = new Date().toISOString();
  const units = Array.from({ length: 40 }, (_, i) => ({
    id: `u${i}`,
    itemId: i % 2 ? parts.boiler : parts.controller,
    serial: `PLN-${String(i).padStart(4, '0')}`,
    status: (['ok', 'needs_repair', 'installed', 'obsolete'] as const)[i % 4],
    depotId: i % 4 < 2 ? parts.mainDepotId : null,
    customerId: i % 4 === 2 ? customerId : null,
    siteId: null,
    lastJobId: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  }));
  await db.insertInto('serialUnits').values(units).execute();
  await db
    .insertInto('stockMovements')
    .values(units.map((u) => ({ id: `m${u.id}`, kind: 'take_back' as const, itemId: u.itemId, serialUnitId: u.id, quantityMilli: 1000, fromDepotId: null, toDepotId: u.depotId, customerId: null, jobId: null, statusAfter: u.status, note: null, actorId: null, occurredAt: now })))
    .execute();
  await db.insertInto('stockLevels').values({ depotId: parts.mainDepotId, itemId: parts.cable, quantityMilli: 3000, updatedAt: now }).execute();
});
after(() => plans.close());

const explainAll = (label: string, run: () => Promise<unknown>) =>
  plans.assertIndexedOnly(label, run, { only: (sql) => !/^select .* from "depots" as "d"/is.test(sql) });

test('serial search and its filters read indexes only, first and next pages', async () => {
  const db = plans.logged.db;
  const page = (query: Record<string, string | undefined>) => listUnits(db, { limit: 5, ...query });
  await explainAll('serial prefix', () => page({ serial: 'PLN-00' }));
  await explainAll('all units by serial', () => page({}));
  await explainAll('units of a depot', () => page({ depotId: parts.mainDepotId }));
  await explainAll('units of a depot with a status', () => page({ depotId: parts.mainDepotId, status: 'needs_repair' }));
  await explainAll('units of a status', () => page({ status: 'obsolete' }));
  await explainAll('units of an item', () => page({ itemId: parts.boiler }));
  await explainAll('units at a customer', () => page({ customerId }));
  const first = await page({ depotId: parts.mainDepotId });
  await explainAll('next page of a depot', () => page({ depotId: parts.mainDepotId, cursor: first.nextCursor! }));
});

test("a unit's history and the units of one serial read indexes only", async () => {
  await explainAll('unit detail with history', () => findUnitDetail(plans.logged.db, 'u1'));
  await explainAll('by serial', () => findUnitsBySerial(plans.logged.db, 'PLN-0001'));
});

test('the repair queue, depot counts and stock, installed units read indexes only', async () => {
  await explainAll('repair queue', () => listRepairQueue(plans.logged.db, { limit: 5 }));
  await explainAll('repair queue of a depot', () => listRepairQueue(plans.logged.db, { limit: 5, depotId: parts.mainDepotId }));
  await explainAll('repair queue of a depot, serial prefix', () => listRepairQueue(plans.logged.db, { limit: 5, depotId: parts.mainDepotId, q: 'PLN' }));
  const first = await listRepairQueue(plans.logged.db, { limit: 2 });
  await explainAll('repair queue next page', () => listRepairQueue(plans.logged.db, { limit: 2, cursor: first.nextCursor! }));
  await explainAll('depot counts', () => listDepots(plans.logged.db));
  await explainAll('depot stock', () => listStock(plans.logged.db, parts.mainDepotId, { limit: 5 }));
  await explainAll('depot stock search', () => listStock(plans.logged.db, parts.mainDepotId, { limit: 5, q: 'cab' }));
  await explainAll('installed units', () => installedUnitsBySite(plans.logged.db, customerId));
});
