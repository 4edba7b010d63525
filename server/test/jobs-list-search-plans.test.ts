import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { JobListQuery, jobListSorts, type JobListQuery as ListInput } from '@contract';
import { allJobs, listJobs } from '../src/modules/jobs/jobs-list.repository';
import { resolveSearch } from '../src/modules/jobs/jobs-list-search';
import { aJobsWorld, manyJobs } from './jobs-list.fixtures';
import { createUser } from './helpers/test-app';
import { planTestDb, type PlanTestDb } from './helpers/query-plan';

/**
 * The word search's plans, both ways it goes: few matches (read from the full-text index, then
 * by seq) and many (the sort's index walked, each row's text tested; counted from the full-text
 * index). No select scans jobs or any other table, on SQLite and on PostgreSQL.
 */
let plans: PlanTestDb;
let technicianId: string;

before(async () => {
  plans = await planTestDb();
  const { handle } = plans.testDb;
  technicianId = (await createUser(handle.db, { role: 'technician' })).id;
  await manyJobs(handle, await aJobsWorld(handle.db), 5_050, technicianId);
});
after(() => plans.close());

const list = (input: ListInput) => listJobs(plans.logged.db, JobListQuery.parse({ limit: 50, ...input }));

test('a search matching many jobs walks the sort index; one matching few reads the full-text index', async () => {
  assert.equal((await resolveSearch(plans.logged.db, 'flue'))?.kind, 'many');
  assert.equal((await resolveSearch(plans.logged.db, 'flue 12'))?.kind, 'few');
  for (const q of ['flue', 'Vessel checked', 'flue 12', 'bulk', 'J-00', 'zzz']) {
    await plans.assertIndexedOnly(q, () => list({ q }));
    await plans.assertIndexedOnly(`${q}, a status and a technician`, () => list({ q, status: 'scheduled', technicianId }));
    for (const sort of jobListSorts) {
      await plans.assertIndexedOnly(`${q} by ${sort}`, async () => {
        const first = await list({ q, sort });
        if (first.nextCursor) await list({ q, sort, cursor: first.nextCursor });
      });
    }
  }
  await plans.assertIndexedOnly('export of a search', async () => {
    let n = 0;
    for await (const _ of allJobs(plans.logged.db, JobListQuery.parse({ q: 'flue' }), 20)) if (++n >= 60) break;
  });
});
