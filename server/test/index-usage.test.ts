import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type CompiledQuery } from 'kysely';
import { JobBoardQuery, JobListQuery, ReportTemplateListQuery, ReviewQueueQuery, type JobListQuery as ListInput } from '@contract';
import type { DbHandle } from '../src/db/create-db';
import { loadJobEvents, loadJobTechnicians } from '../src/modules/job-report/job-report.repository';
import { loadJobBoard } from '../src/modules/jobs/jobs-board.repository';
import { listJobs } from '../src/modules/jobs/jobs-list.repository';
import { findJobIdByNumber, findJobRow } from '../src/modules/jobs/jobs.repository';
import { listTemplates } from '../src/modules/report-templates/report-templates.repository';
import { listReviewQueue } from '../src/modules/review/review-queue.repository';
import { aJobsWorld } from './jobs-list.fixtures';
import { createUser } from './helpers/test-app';
import { capturingHandle, planOf } from './helpers/query-plan';
import { aDefinition, aField } from './helpers/templates';
import { createTestDb, type TestDb } from './helpers/test-db';

/**
 * Every index of the job tables serves a query of the product, named here (issue 15 §8: an index
 * costs ~50–120 bytes a job at a million jobs). The test lists the indexes the database really
 * has: one that no query here names fails it (name its query, or drop the index in a migration),
 * and so does a named one that its query no longer reads (the plan must name it). PostgreSQL has
 * the same indexes under its constraint names, plus a text_pattern_ops one for number prefixes;
 * its plans are read with sequential scans off, and where its planner picks another index on this
 * six-job table, the entry says which (the unique number still needs its constraint's index).
 */
const TABLES = ['jobs', 'job_events', 'job_technicians'];

interface Served {
  /** The index as SQLite and PostgreSQL name it (a primary key or unique constraint's own name); null: none there. */
  sqlite: string | null;
  postgres: string | null;
  /** What a plan line says when SQLite reads it (default: `INDEX <name>`). */
  plan?: RegExp;
  /** The index PostgreSQL's planner reads for the query on this six-job table, when not the named one. */
  postgresReads?: string;
  query: string;
  run: () => Promise<unknown>;
}

let testDb: TestDb;
let logged: DbHandle;
const captured: CompiledQuery[] = [];
let jobId: string;
let jobNumber: string;
let technicianId: string;
let customerId: string;

before(async () => {
  testDb = await createTestDb();
  logged = capturingHandle(testDb, captured);
  const { db } = testDb.handle;
  technicianId = (await createUser(db, { role: 'technician' })).id;
  const world = await aJobsWorld(db);
  const start = Date.UTC(2030, 0, 1);
  const at = (hour: number) => new Date(start + hour * 3_600_000).toISOString();
  for (let i = 0; i < 6; i++) {
    const job = await world.add({
      status: (['scheduled', 'completed', 'created', 'validated', 'started', 'draft'] as const)[i],
      managerId: technicianId,
      plannedStart: at(i),
      plannedEnd: at(i + 1),
      completedAt: i === 1 || i === 3 ? at(i + 1) : null,
      declinedAt: i === 2 ? at(i) : null,
      openReserves: i === 1 ? 1 : 0,
    });
    jobId = job.id;
    jobNumber = job.number;
  }
  customerId = world.customers.values().next().value!.id;
  // The world's template as the templates list reads it: a valid draft.
  await db.updateTable('reportTemplates').set({ draft: JSON.stringify(aDefinition({ Checks: [aField('f1')] })) }).where('id', '=', world.templateId).execute();
});
after(async () => {
  await logged.close();
  await testDb.drop();
});

const list = (input: ListInput) => listJobs(logged.db, JobListQuery.parse({ limit: 5, ...input }), undefined, new Date(Date.UTC(2030, 0, 2)));

const SERVED: Served[] = [
  { sqlite: 'sqlite_autoindex_jobs_1', postgres: 'jobs_pkey', query: 'a job by id (every job page and action)', run: () => findJobRow(logged.db, jobId) },
  { sqlite: 'sqlite_autoindex_jobs_2', postgres: 'jobs_number_key', query: 'a job by its number (links, search by number)', run: () => findJobIdByNumber(logged.db, jobNumber) },
  // SQLite's word search is its FTS5 table (job_search), outside the job tables; PostgreSQL's is a GIN index of jobs.
  { sqlite: null, postgres: 'jobs_search', query: 'the grid searched by words (PostgreSQL)', run: () => list({ q: 'zzqx' }) },
  { sqlite: 'sqlite_autoindex_jobs_3', postgres: 'jobs_seq_key', query: 'the grid sorted by number', run: () => list({ sort: 'number' }) },
  { sqlite: 'jobs_planned_start', postgres: 'jobs_planned_start', query: 'the grid in its default order (planned start)', run: () => list({}) },
  { sqlite: 'jobs_status_planned', postgres: 'jobs_status_planned', query: 'the grid filtered by status', run: () => list({ status: 'scheduled' }) },
  { sqlite: 'jobs_manager_planned', postgres: 'jobs_manager_planned', query: "the grid filtered by technician (the jobs they manage)", run: () => list({ technicianId }) },
  { sqlite: 'jobs_customer_planned', postgres: 'jobs_customer_planned', query: 'the grid filtered by customer', run: () => list({ customerId }) },
  { sqlite: 'jobs_updated', postgres: 'jobs_updated', query: 'the grid sorted by last change', run: () => list({ sort: 'updatedAt' }) },
  {
    sqlite: 'jobs_completed',
    postgres: 'jobs_completed',
    query: 'the grid sorted by completion, with a status',
    // PostgreSQL's planner takes the review queue's partial index (the same jobs) on this six-job table.
    postgresReads: 'jobs_review_queue',
    run: () => list({ sort: 'completedAt', status: 'completed' }),
  },
  { sqlite: 'jobs_completed_at', postgres: 'jobs_completed_at', query: 'the grid sorted by completion', run: () => list({ sort: 'completedAt' }) },
  { sqlite: 'jobs_open_reserves', postgres: 'jobs_open_reserves', query: 'the grid filtered on open reserves', run: () => list({ hasOpenReserves: 'true' }) },
  { sqlite: 'jobs_template', postgres: 'jobs_template', query: "the report templates list (each template's job count)", run: () => listTemplates(logged.db, ReportTemplateListQuery.parse({})) },
  { sqlite: 'jobs_status_end', postgres: 'jobs_status_end', query: 'the late view', run: () => list({ view: 'late' }) },
  { sqlite: 'jobs_status_declined', postgres: 'jobs_status_declined', query: 'the declined view', run: () => list({ view: 'declined' }) },
  { sqlite: 'jobs_declined_at', postgres: 'jobs_declined_at', query: 'the grid sorted by decline', run: () => list({ sort: 'declinedAt' }) },
  { sqlite: 'jobs_status_seq', postgres: 'jobs_status_seq', query: 'the pool view (newest number first)', run: () => list({ view: 'pool' }) },
  {
    sqlite: 'jobs_review_queue',
    postgres: 'jobs_review_queue',
    query: "the review queue's count of jobs with open reserves (the queue's own partial index)",
    run: () => listReviewQueue(logged.db, ReviewQueueQuery.parse({ hasOpenReserves: 'true', limit: 2 })),
  },
  {
    sqlite: 'jobs_end_start',
    postgres: 'jobs_end_start',
    query: 'the schedule board (jobs overlapping its days)',
    postgresReads: 'jobs_planned_start',
    run: () => loadJobBoard(logged.db, JobBoardQuery.parse({ from: '2030-01-01T00:00:00.000Z', to: '2030-01-08T00:00:00.000Z' })),
  },
  {
    sqlite: 'sqlite_autoindex_job_events_1',
    postgres: 'job_events_pkey',
    plan: /SEARCH job_events USING PRIMARY KEY \(job_id=\?\)/,
    query: "a job's history",
    run: () => loadJobEvents(logged.db, jobId),
  },
  {
    sqlite: 'sqlite_autoindex_job_technicians_1',
    postgres: 'job_technicians_pk',
    plan: /SEARCH job_technicians USING PRIMARY KEY \(job_id=\?\)/,
    query: "a job's technicians",
    run: () => loadJobTechnicians(logged.db, jobId),
  },
  { sqlite: 'job_technicians_user', postgres: 'job_technicians_user', query: 'the grid filtered by technician (the jobs they help on)', run: () => list({ technicianId }) },
];

async function indexesOf(handle: DbHandle): Promise<string[]> {
  const query =
    handle.kind === 'postgres'
      ? sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema() and tablename in (${sql.join(TABLES)})`
      : // index_list also names the primary key of a WITHOUT ROWID table (the table is that index).
        sql<{ name: string }>`select l.name from sqlite_master t, pragma_index_list(t.name) l where t.type = 'table' and t.name in (${sql.join(TABLES)})`;
  return (await query.execute(handle.db)).rows.map((r) => r.name).sort();
}

test('every index of the job tables is named with the query it serves, and no other exists', async () => {
  const handle = testDb.handle;
  const named = SERVED.flatMap((s) => s[handle.kind] ?? []).sort();
  assert.deepEqual(await indexesOf(handle), named);
});

test('each named query reads its index', async () => {
  const kind = testDb.handle.kind;
  const unread: string[] = [];
  for (const served of SERVED) {
    const name = served[kind];
    if (name === null) continue;
    captured.length = 0;
    await served.run();
    const selects = captured.filter((q) => /^select/i.test(q.sql));
    assert.ok(selects.length > 0, served.query);
    const plans = await Promise.all(selects.map((q) => planOf(testDb.handle, q)));
    const lines = plans.flat();
    const reads = kind === 'postgres' ? new RegExp(`(using|on) ${served.postgresReads ?? name}\\b`) : (served.plan ?? new RegExp(`INDEX ${name}\\b`));
    if (!lines.some((line) => reads.test(line))) unread.push(`${served.query} reads ${name}; its plans: ${lines.join(' | ')}`);
  }
  assert.deepEqual(unread, []);
});
