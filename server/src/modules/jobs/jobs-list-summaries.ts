import { sql, type Kysely } from 'kysely';
import type { JobSummary } from '@contract';
import type { Database } from '../../db/database';
import { jobHeading, unique } from './job-rows-lookups';

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
 * Grid rows for a page of jobs (at most a few hundred): the customer, site, template and manager
 * names and the auxiliaries, read by primary key for the whole page in one statement (pageNames),
 * so the page query itself stays on the jobs indexes and a block costs two or three
 * statements, not six in a row (each a round trip on PostgreSQL, a build and a run on SQLite).
 */
export async function toSummaries(db: Kysely<Database>, rows: SummaryRow[]): Promise<JobSummary[]> {
  if (rows.length === 0) return [];
  const names = await pageNames(db, rows);
  const decliners = await declinedBy(db, rows.filter((r) => r.declinedAt !== null).map((r) => r.id));
  return rows.map((r) => ({
    ...jobHeading(r),
    customerId: r.customerId,
    customerName: names.customers.get(r.customerId) ?? '',
    siteCity: r.siteId ? (names.sites.get(r.siteId) ?? null) : null,
    managerId: r.managerId,
    managerName: r.managerId ? (names.people.get(r.managerId) ?? null) : null,
    auxiliaryNames: names.auxiliaries.get(r.id) ?? [],
    templateName: r.templateId ? (names.templates.get(r.templateId) ?? null) : null,
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

interface PageNames {
  customers: Map<string, string>;
  sites: Map<string, string>;
  templates: Map<string, string>;
  people: Map<string, string>;
  /** Each job's auxiliary technicians, by name. */
  auxiliaries: Map<string, string[]>;
}

/** Every name a page of rows shows, in one `union all` of primary-key lookups. */
async function pageNames(db: Kysely<Database>, rows: SummaryRow[]): Promise<PageNames> {
  const none = ['']; // `in ()` is not SQL: an id no row has
  const ids = (values: (string | null)[]) => {
    const found = unique(values);
    return found.length ? found : none;
  };
  const found = await db
    .selectFrom('customers')
    .select([sql<string>`'customer'`.as('kind'), 'id as key', 'name as label'])
    .where('id', 'in', ids(rows.map((r) => r.customerId)))
    .unionAll(db.selectFrom('sites').select([sql<string>`'site'`.as('kind'), 'id as key', 'city as label']).where('id', 'in', ids(rows.map((r) => r.siteId))))
    .unionAll(
      db.selectFrom('reportTemplates').select([sql<string>`'template'`.as('kind'), 'id as key', 'name as label']).where('id', 'in', ids(rows.map((r) => r.templateId))),
    )
    .unionAll(db.selectFrom('users').select([sql<string>`'person'`.as('kind'), 'id as key', 'displayName as label']).where('id', 'in', ids(rows.map((r) => r.managerId))))
    .unionAll(
      db
        .selectFrom('jobTechnicians')
        .innerJoin('users', 'users.id', 'jobTechnicians.userId')
        .select([sql<string>`'auxiliary'`.as('kind'), 'jobTechnicians.jobId as key', 'users.displayName as label'])
        .where('jobTechnicians.jobId', 'in', ids(rows.map((r) => r.id)))
        .where('jobTechnicians.role', '=', 'auxiliary'),
    )
    .execute();
  const names: PageNames = { customers: new Map(), sites: new Map(), templates: new Map(), people: new Map(), auxiliaries: new Map() };
  const byKind = { customer: names.customers, site: names.sites, template: names.templates, person: names.people } as Record<string, Map<string, string>>;
  for (const { kind, key, label } of found) {
    if (kind === 'auxiliary') names.auxiliaries.set(key, [...(names.auxiliaries.get(key) ?? []), label]);
    else byKind[kind]?.set(key, label);
  }
  // By name, as the team is listed everywhere (code point order: the same on both databases).
  for (const list of names.auxiliaries.values()) list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names;
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
