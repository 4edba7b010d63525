import { after, before, test } from 'node:test';
import { readFieldCatalog } from '../src/modules/field/field-catalog.repository';
import { usableUnit } from '../src/modules/field/field-items.rules';
import { customerFamilies, resolveTakeBack } from '../src/modules/field/field-take-backs.rules';
import { aCustomerJob, aVan, seedParts, type PartsFixture } from './helpers/depots';
import { planTestDb, type PlanTestDb } from './helpers/query-plan';
import { createUser } from './helpers/test-app';

/**
 * No table scan behind the technician's catalog and the checks of lines and take-backs (see
 * query-plans.test.ts for the method): they run on every scan of a serial in a van.
 */
let plans: PlanTestDb;
let parts: PartsFixture;
let techId: string;
let customerId: string;
let jobId: string;

before(async () => {
  plans = await planTestDb();
  const db = plans.testDb.handle.db;
  parts = await seedParts(db);
  techId = (await createUser(db, { role: 'technician' })).id;
  const vanId = await aVan(db, techId);
  ({ customerId, jobId } = await aCustomerJob(db));
  await db.updateTable('jobs').set({ managerId: techId }).where('id', '=', jobId).execute();
  const now = new Date().toISOString();
  await db
    .insertInto('serialUnits')
    .values(
      Array.from({ length: 40 }, (_, i) => ({
        id: `u${i}`,
        itemId: i % 2 ? parts.boiler : parts.controller,
        serial: `PLN-${String(i).padStart(4, '0')}`,
        status: i % 2 ? ('ok' as const) : ('installed' as const),
        depotId: i % 2 ? vanId : null,
        customerId: i % 2 ? null : customerId,
        siteId: null,
        lastJobId: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      })),
    )
    .execute();
});
after(() => plans.close());

// Refusals are fine: their queries are explained all the same.
const explainAll = (label: string, run: () => Promise<unknown>) =>
  plans.assertIndexedOnly(label, () => run().catch(() => undefined));

test('the catalog from the van reads indexes only: every filter, first and next pages', async () => {
  const db = plans.logged.db;
  const read = (query: Record<string, string | undefined>) => readFieldCatalog(db, techId, { limit: 2, ...query });
  await explainAll('all', () => read({}));
  await explainAll('family', () => read({ familyId: parts.familyId }));
  await explainAll('kind', () => read({ kind: 'part' }));
  await explainAll('name prefix', () => read({ q: 'boi' }));
  const first = await read({ familyId: parts.familyId });
  await explainAll('next page of a family', () => read({ familyId: parts.familyId, cursor: first.items.nextCursor! }));
});

test('checking a serial for a line or a take-back reads indexes only', async () => {
  const db = plans.logged.db;
  const job = await db.selectFrom('jobs').selectAll().where('id', '=', jobId).executeTakeFirstOrThrow();
  await explainAll('usable unit', () => usableUnit(db, { itemId: parts.boiler, serial: 'PLN-0001', userId: techId }));
  await explainAll('customer families', () => customerFamilies(db, customerId));
  await explainAll('found take-back', () => resolveTakeBack(db, job, { serial: 'PLN-0002', itemId: parts.controller, status: 'ok' }));
  await explainAll('unknown take-back', () => resolveTakeBack(db, job, { serial: 'NEW-1', itemId: parts.controller, status: 'obsolete' }));
});
