import type { Kysely, Selectable } from 'kysely';
import type { Settings } from '@contract';
import type { Database, JobTypesTable } from '../../db/database';
import { businessRule, invalidInput } from '../../shared/errors';
import { latestPublishedVersion } from '../report-templates';
import type { JobTeam } from './jobs.repository';

type Db = Kysely<Database>;

/** Checks of what a job refers to; a wrong reference is a 400 naming the field, like any bad input. */
const refused = (path: string, message: string) => invalidInput([{ in: 'body', path, message }]);

export async function checkCustomer(db: Db, customerId: string): Promise<{ id: string; name: string }> {
  const customer = await db.selectFrom('customers').select(['id', 'name']).where('id', '=', customerId).executeTakeFirst();
  if (!customer) throw refused('customerId', 'Unknown customer');
  return customer;
}

export async function checkSite(db: Db, customerId: string, siteId: string): Promise<void> {
  const site = await db.selectFrom('sites').select('id').where('id', '=', siteId).where('customerId', '=', customerId).executeTakeFirst();
  if (!site) throw refused('siteId', "Not one of this customer's sites");
}

export async function checkContact(db: Db, customerId: string, contactId: string | null): Promise<void> {
  if (contactId === null) return;
  const contact = await db
    .selectFrom('contacts')
    .select('id')
    .where('id', '=', contactId)
    .where('customerId', '=', customerId)
    .executeTakeFirst();
  if (!contact) throw refused('contactId', "Not one of this customer's contacts");
}

export async function checkJobType(db: Db, jobTypeId: string): Promise<Selectable<JobTypesTable>> {
  const jobType = await db.selectFrom('jobTypes').selectAll().where('id', '=', jobTypeId).executeTakeFirst();
  if (!jobType || !jobType.isActive) throw refused('jobTypeId', 'Unknown or inactive job type');
  return jobType;
}

/** Manager and auxiliaries: active technicians, nobody both, nobody twice. */
export async function checkTeam(db: Db, team: JobTeam): Promise<void> {
  if (team.managerId && team.auxiliaryIds.includes(team.managerId)) {
    throw refused('auxiliaryIds', 'The job manager cannot also be an auxiliary');
  }
  if (new Set(team.auxiliaryIds).size !== team.auxiliaryIds.length) throw refused('auxiliaryIds', 'A technician is listed twice');
  const ids = [...(team.managerId ? [team.managerId] : []), ...team.auxiliaryIds];
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('role', '=', 'technician')
    .where('isActive', '=', 1)
    .execute();
  const technicians = new Set(found.map((u) => u.id));
  if (team.managerId && !technicians.has(team.managerId)) throw refused('managerId', 'Not an active technician');
  const wrong = team.auxiliaryIds.findIndex((id) => !technicians.has(id));
  if (wrong >= 0) throw refused(`auxiliaryIds.${wrong}`, 'Not an active technician');
}

export function checkDates(plannedStart: string | null, plannedEnd: string | null): void {
  if (plannedStart && plannedEnd && plannedEnd <= plannedStart) throw refused('plannedEnd', 'The end must come after the start');
}

export function checkDescription(settings: Settings, description: string): void {
  if (settings.jobDescriptionMandatory && description.trim() === '') {
    throw businessRule('description_required', 'A description is required for every job.', { field: 'description' });
  }
}

export interface PinnedTemplate {
  templateId: string | null;
  templateVersion: number | null;
}

/**
 * The template a job is pinned to, at its latest published version: the one chosen, else the job
 * type's default, else the global default (a default that was never published is skipped).
 */
export async function pinTemplate(
  db: Db,
  chosen: string | null,
  jobType: Selectable<JobTypesTable> | undefined,
  settings: Settings,
): Promise<PinnedTemplate> {
  if (chosen !== null) {
    const version = await latestPublishedVersion(db, chosen);
    if (!version) {
      throw businessRule('template_not_published', 'This report template has no published version.', { field: 'templateId' });
    }
    return { templateId: chosen, templateVersion: version.versionNumber };
  }
  for (const candidate of [jobType?.defaultTemplateId, settings.defaultTemplateId]) {
    if (!candidate) continue;
    const version = await latestPublishedVersion(db, candidate);
    if (version) return { templateId: candidate, templateVersion: version.versionNumber };
  }
  return { templateId: null, templateVersion: null };
}

/** A job goes to the pool (created) until it has a manager and both dates. */
export const isPlannable = (job: { managerId: string | null; plannedStart: string | null; plannedEnd: string | null }) =>
  !!job.managerId && !!job.plannedStart && !!job.plannedEnd;
