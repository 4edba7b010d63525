import { after, before, test } from 'node:test';
import { listCustomerJobs } from '../src/modules/customers/customer-jobs.repository';
import { listCustomers } from '../src/modules/customers/customers.repository';
import { planTestDb, type PlanTestDb } from './helpers/query-plan';

/**
 * No table scan behind a list, a filter or a sort: every query of the lists is explained on the
 * real database. PostgreSQL plans tiny tables with sequential scans, so the check turns them off
 * (`enable_seqscan = off`): a query still planned with one has no usable index.
 */
let plans: PlanTestDb;

before(async () => {
  plans = await planTestDb();
  const now = new Date().toISOString();
  for (let i = 0; i < 30; i += 1) {
    await plans.testDb.handle.db
      .insertInto('customers')
      .values({ id: `c${i}`, code: `C-${String(i).padStart(6, '0')}`, name: `Name ${i}`, searchName: `name ${i}`, email: null, phone: null, notes: null, customFields: '{}', createdAt: now, updatedAt: now, version: 1 })
      .execute();
  }
});
after(() => plans.close());

const explainAll = (label: string, run: () => Promise<unknown>) => plans.assertIndexedOnly(label, run);

test('customer lists, searches, sorts and next pages read indexes only', async () => {
  const db = plans.logged.db;
  await explainAll('by name', () => listCustomers(db, { limit: 5, sort: 'name' }));
  await explainAll('by update', () => listCustomers(db, { limit: 5, sort: 'updatedAt' }));
  await explainAll('name prefix', () => listCustomers(db, { limit: 5, sort: 'name', q: 'nam' }));
  await explainAll('name prefix by update', () => listCustomers(db, { limit: 5, sort: 'updatedAt', q: 'nam' }));
  await explainAll('code prefix', () => listCustomers(db, { limit: 5, sort: 'name', q: 'C-0000' }));
  const first = await listCustomers(db, { limit: 5, sort: 'name' });
  await explainAll('next page by name', () => listCustomers(db, { limit: 5, sort: 'name', cursor: first.nextCursor! }));
  const firstByUpdate = await listCustomers(db, { limit: 5, sort: 'updatedAt' });
  await explainAll('next page by update', () => listCustomers(db, { limit: 5, sort: 'updatedAt', cursor: firstByUpdate.nextCursor! }));
});

test("a customer's job history reads indexes only", async () => {
  await explainAll('customer jobs', () => listCustomerJobs(plans.logged.db, 'c1', { limit: 5 }));
});
