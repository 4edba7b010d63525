import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the big lists' filter combinations (issue 15, target 7), each named by a query-plan
 * test (server/test/big-lists-plans.test.ts):
 * - `jobs_review_queue`: the review queue only — the returned jobs, in queue order, with the columns
 *   two of its filters read (open reserves, the number searched by prefix), so counting those walks
 *   this small index (40,000 entries among a million jobs) without reading a job row. It leads with
 *   the status, constant in it, so that the planner sees the queue's `status = 'completed'` as a
 *   range of it and prefers it, covering, to the status indexes of the whole table.
 * - `reserves_technician_status`, `reserves_assignee_status`: a technician's or an assignee's
 *   reserves of one status ("mine", unresolved), newest first; the count reads the index only.
 * - `audit_actor_type_occurred`: one person's changes to one kind of object, newest first: without
 *   it the trail walked every change of that person (millions) to find the few of that kind.
 * Plain `create index`: it runs at start, before the server listens; nothing is rewritten (the
 * audit index reads the whole trail once, sorted: the longest step on a trail of millions).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('jobs_review_queue')
    .on('jobs')
    .columns(['status', 'completed_at', 'id', 'open_reserves', 'number'])
    .where(sql<boolean>`status = 'completed'`)
    .execute();
  await db.schema.createIndex('reserves_technician_status').on('reserves').columns(['raised_by', 'status', 'raised_at', 'id']).execute();
  await db.schema.createIndex('reserves_assignee_status').on('reserves').columns(['assignee_id', 'status', 'raised_at', 'id']).execute();
  await db.schema.createIndex('audit_actor_type_occurred').on('audit_log').columns(['actor_id', 'entity_type', 'occurred_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['audit_actor_type_occurred', 'reserves_assignee_status', 'reserves_technician_status', 'jobs_review_queue']) {
    await db.schema.dropIndex(name).execute();
  }
}
