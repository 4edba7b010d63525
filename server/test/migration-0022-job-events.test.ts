import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/db/migrate';
import { down as undoCompactJobEvents } from '../src/db/migrations/0022_compact_job_events';
import { loadJobEvents } from '../src/modules/job-report/job-report.repository';
import { writeJobEvent } from '../src/modules/job-lifecycle';
import { aJobsWorld } from './jobs-list.fixtures';
import { createUser } from './helpers/test-app';
import { createTestDb, type TestDb } from './helpers/test-db';

/**
 * 0022 moves the job history into a table keyed by (job, time, id): a database that holds history
 * written before it reads the same lines, in the same order, afterwards — and a job's lines still
 * go with the job.
 */
let testDb: TestDb;
before(async () => {
  testDb = await createTestDb();
});
after(() => testDb.drop());

async function indexesOfJobEvents(): Promise<string[]> {
  const { db, kind } = testDb.handle;
  const query =
    kind === 'postgres'
      ? sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'job_events'`
      : sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'job_events'`;
  return (await query.execute(db)).rows.map((r) => r.name).sort();
}

test('history written before 0022 reads the same after it', async () => {
  const { db } = testDb.handle;
  // The table as it was before 0022, with history in it.
  await undoCompactJobEvents(db.withoutPlugins());
  await sql`delete from kysely_migration where name = '0022_compact_job_events'`.execute(db);
  assert.ok((await indexesOfJobEvents()).includes('job_events_job'), 'the old shape has its index by job');

  const world = await aJobsWorld(db);
  const dispatcher = await createUser(db, { role: 'dispatcher' });
  const technician = await createUser(db, { role: 'technician' });
  const jobs = [await world.add(), await world.add(), await world.add()];
  const at = (minute: number) => new Date(Date.UTC(2031, 4, 2, 8, minute)).toISOString();
  for (const [n, job] of jobs.entries()) {
    await writeJobEvent(db, { jobId: job.id, type: 'created', toStatus: 'created', actorId: dispatcher.id, source: 'console', occurredAt: at(n) });
    await writeJobEvent(db, {
      jobId: job.id,
      type: 'scheduled',
      fromStatus: 'created',
      toStatus: 'scheduled',
      actorId: dispatcher.id,
      source: 'console',
      data: { plannedStart: at(30), plannedEnd: at(50), managerId: technician.id },
      occurredAt: at(10 + n),
    });
    // Two lines in the same second: the id keeps their order.
    await writeJobEvent(db, { jobId: job.id, type: 'started', fromStatus: 'scheduled', toStatus: 'started', actorId: technician.id, source: 'field', data: { location: { latitude: 45.76, longitude: 4.83 } }, occurredAt: at(31) });
    await writeJobEvent(db, { jobId: job.id, type: 'rescheduled', actorId: null, source: 'system', occurredAt: at(31) });
  }
  const before = await Promise.all(jobs.map((job) => loadJobEvents(db, job.id)));
  assert.deepEqual(before.map((lines) => lines.length), [4, 4, 4]);

  assert.deepEqual(await migrateToLatest(db), ['0022_compact_job_events']);
  assert.deepEqual(await Promise.all(jobs.map((job) => loadJobEvents(db, job.id))), before, 'every line, same order, same data');
  assert.ok(!(await indexesOfJobEvents()).includes('job_events_job'), 'the history is its own index by job');

  await writeJobEvent(db, { jobId: jobs[0]!.id, type: 'paused', fromStatus: 'started', toStatus: 'paused', actorId: technician.id, source: 'field', occurredAt: at(40) });
  assert.deepEqual((await loadJobEvents(db, jobs[0]!.id)).map((e) => e.type), [...before[0]!.map((e) => e.type), 'paused'], 'a new line reads last');

  await db.deleteFrom('jobs').where('id', '=', jobs[2]!.id).execute();
  assert.deepEqual(await loadJobEvents(db, jobs[2]!.id), [], "a deleted job's history goes with it");
});

