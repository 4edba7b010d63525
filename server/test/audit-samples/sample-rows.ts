import type { Insertable, Kysely } from 'kysely';
import type { Database, JobsTable } from '../../src/db/database';
import { jobRow } from '../helpers/job-rows';

/** A random job seq above the ones tests number from 1. */
export const auditSeq = () => 900_000_000 + Math.floor(Math.random() * 99_999_999);

/**
 * An audit job straight in the database, numbered `J-A<seq>` (a fresh seq unless given), with its
 * manager, if any, on its team as manager. `values` are the job's own columns.
 */
export async function insertAuditJob(
  db: Kysely<Database>,
  values: Partial<Insertable<JobsTable>> & Pick<Insertable<JobsTable>, 'customerId' | 'status' | 'managerId'>,
): Promise<string> {
  const jobId = crypto.randomUUID();
  const seq = values.seq ?? auditSeq();
  await db
    .insertInto('jobs')
    .values(jobRow({ id: jobId, number: `J-A${seq}`, seq, description: 'Audit job', ...values }))
    .execute();
  if (values.managerId) await db.insertInto('jobTechnicians').values({ jobId, userId: values.managerId, role: 'manager' }).execute();
  return jobId;
}
