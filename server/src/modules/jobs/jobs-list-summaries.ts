import type { Kysely } from 'kysely';
import type { JobSummary } from '@contract';
import type { Database } from '../../db/database';
import { jobHeading, namesById, placesOf, unique } from './job-rows-lookups';

/** The jobs columns a grid row needs; names come from batched lookups by id (see toSummaries). */
export const SUMMARY_COLUMNS = [
  'jobs.id',
  'jobs.number',
  'jobs.seq',
  'jobs.status',
  'jobs.plannedStart',
  'jobs.plannedEnd',
  'jobs.customerId',
  'jobs.siteId',
  'jobs.managerId',
  'jobs.templateId',
  'jobs.workedSeconds',
  'jobs.openReserves',
  'jobs.updatedAt',
  'jobs.version',
  'jobs.completedAt',
  'jobs.declinedAt',
  'jobs.declineReason',
  'jobs.proposedStart',
] as const;

export interface SummaryRow {
  id: string;
  number: string;
  seq: number;
  status: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  customerId: string;
  siteId: string | null;
  managerId: string | null;
  templateId: string | null;
  workedSeconds: number;
  openReserves: number;
  updatedAt: string;
  version: number;
  completedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  proposedStart: string | null;
}

/**
 * Grid rows for a page of jobs: customer, site, manager, auxiliaries and template read by
 * primary key for the whole page (a handful of small queries, whatever the page size), so the
 * page query itself stays on the jobs indexes.
 */
export async function toSummaries(db: Kysely<Database>, rows: SummaryRow[]): Promise<JobSummary[]> {
  if (rows.length === 0) return [];
  const jobIds = rows.map((r) => r.id);
  const placeOf = await placesOf(db, rows);
  const templates = await namesById(db, 'reportTemplates', unique(rows.map((r) => r.templateId)));
  const team = await db
    .selectFrom('jobTechnicians')
    .innerJoin('users', 'users.id', 'jobTechnicians.userId')
    .select(['jobTechnicians.jobId', 'jobTechnicians.userId', 'jobTechnicians.role', 'users.displayName'])
    .where('jobTechnicians.jobId', 'in', jobIds)
    .orderBy('users.displayName')
    .execute();
  const people = new Map(team.map((t) => [t.userId, t.displayName]));
  const managerIds = unique(rows.map((r) => r.managerId)).filter((id) => !people.has(id));
  if (managerIds.length) {
    for (const u of await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', managerIds).execute()) {
      people.set(u.id, u.displayName);
    }
  }
  const decliners = await declinedBy(db, rows.filter((r) => r.declinedAt !== null).map((r) => r.id));
  const auxiliaries = new Map<string, string[]>();
  for (const member of team) {
    if (member.role !== 'auxiliary') continue;
    auxiliaries.set(member.jobId, [...(auxiliaries.get(member.jobId) ?? []), member.displayName]);
  }
  return rows.map((r) => ({
    ...jobHeading(r),
    customerId: r.customerId,
    ...placeOf(r),
    managerId: r.managerId,
    managerName: r.managerId ? (people.get(r.managerId) ?? null) : null,
    auxiliaryNames: auxiliaries.get(r.id) ?? [],
    templateName: r.templateId ? (templates.get(r.templateId) ?? null) : null,
    workedSeconds: Number(r.workedSeconds),
    openReserves: Number(r.openReserves),
    updatedAt: r.updatedAt,
    version: Number(r.version),
    completedAt: r.completedAt,
    declinedAt: r.declinedAt,
    declineReason: r.declineReason,
    declinedByName: decliners.get(r.id) ?? null,
    proposedStart: r.proposedStart,
  }));
}

/** Who declined each job (its latest `declined` history line): the job's technicians are gone by then. */
async function declinedBy(db: Kysely<Database>, jobIds: string[]): Promise<Map<string, string>> {
  if (jobIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('jobEvents')
    .innerJoin('users', 'users.id', 'jobEvents.actorId')
    .select(['jobEvents.jobId', 'users.displayName'])
    .where('jobEvents.jobId', 'in', jobIds)
    .where('jobEvents.type', '=', 'declined')
    .orderBy('jobEvents.occurredAt')
    .execute();
  return new Map(rows.map((r) => [r.jobId, r.displayName])); // the latest wins
}
