import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { JobRow } from '../job-lifecycle';

type Db = Kysely<Database>;

export interface JobTeam {
  managerId: string | null;
  auxiliaryIds: string[];
}

export async function findJobRow(db: Db, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findJobIdByNumber(db: Db, number: string): Promise<string | undefined> {
  const row = await db.selectFrom('jobs').select('id').where('number', '=', number).executeTakeFirst();
  return row?.id;
}

/** The job manager and the auxiliaries (sorted, so two teams compare equal whatever their order). */
export async function readTeam(db: Db, jobId: string): Promise<JobTeam> {
  const rows = await db.selectFrom('jobTechnicians').select(['userId', 'role']).where('jobId', '=', jobId).execute();
  return {
    managerId: rows.find((r) => r.role === 'manager')?.userId ?? null,
    auxiliaryIds: rows
      .filter((r) => r.role === 'auxiliary')
      .map((r) => r.userId)
      .sort(),
  };
}

export async function writeTeam(trx: Db, jobId: string, team: JobTeam): Promise<void> {
  await trx.deleteFrom('jobTechnicians').where('jobId', '=', jobId).execute();
  const rows = [
    ...(team.managerId ? [{ jobId, userId: team.managerId, role: 'manager' as const }] : []),
    ...team.auxiliaryIds.map((userId) => ({ jobId, userId, role: 'auxiliary' as const })),
  ];
  if (rows.length > 0) await trx.insertInto('jobTechnicians').values(rows).execute();
}

export const sameTeam = (a: JobTeam, b: JobTeam) =>
  a.managerId === b.managerId && JSON.stringify([...a.auxiliaryIds].sort()) === JSON.stringify([...b.auxiliaryIds].sort());

/** What the audit trail compares: the job's planning as a user sees it. */
export function jobSnapshot(job: JobRow, team: JobTeam) {
  return {
    status: job.status,
    customerId: job.customerId,
    siteId: job.siteId,
    contactId: job.contactId,
    jobTypeId: job.jobTypeId,
    templateId: job.templateId,
    templateVersion: job.templateVersion,
    description: job.description,
    plannedStart: job.plannedStart,
    plannedEnd: job.plannedEnd,
    managerId: team.managerId,
    auxiliaryIds: team.auxiliaryIds,
    customFields: JSON.parse(job.customFields) as unknown,
  };
}
