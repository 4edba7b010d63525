import type { Kysely } from 'kysely';
import {
  allowedActions,
  editableStatuses,
  type JobDetail,
  type JobDetailAction,
  type JobDetailSite,
  type JobStatus,
} from '@contract';
import type { Database } from '../../db/database';
import { loadJobReport, loadJobTechnicians, pinnedTemplate } from '../job-report';
import { jobTimes, type JobRow } from '../job-lifecycle';
import { findJobRow } from './jobs.repository';

type Db = Kysely<Database>;

/** The job page's whole content (GET /api/jobs/:id, and the answer of every write). */
export async function loadJobDetail(db: Db, jobId: string): Promise<JobDetail | undefined> {
  const job = await findJobRow(db, jobId);
  return job ? jobDetailOf(db, job) : undefined;
}

export async function jobDetailOf(db: Db, job: JobRow): Promise<JobDetail> {
  const [customer, site, contact, jobType, pinned, technicians, report] = await Promise.all([
    db.selectFrom('customers').select(['id', 'code', 'name']).where('id', '=', job.customerId).executeTakeFirstOrThrow(),
    job.siteId ? db.selectFrom('sites').selectAll().where('id', '=', job.siteId).executeTakeFirst() : undefined,
    job.contactId
      ? db.selectFrom('contacts').select(['id', 'name', 'phone', 'mobile', 'email']).where('id', '=', job.contactId).executeTakeFirst()
      : undefined,
    job.jobTypeId ? db.selectFrom('jobTypes').selectAll().where('id', '=', job.jobTypeId).executeTakeFirst() : undefined,
    pinnedTemplate(db, job),
    loadJobTechnicians(db, job.id),
    loadJobReport(db, job),
  ]);
  return {
    id: job.id,
    number: job.number,
    status: job.status,
    customer,
    site: site
      ? {
          id: site.id,
          name: site.name,
          addressLine1: site.addressLine1,
          addressLine2: site.addressLine2,
          postalCode: site.postalCode,
          city: site.city,
          country: site.country,
          accessNotes: site.accessNotes,
          mapsUrl: mapsUrlOf(site),
        }
      : null,
    contact: contact ?? null,
    description: job.description,
    ...jobTimes(job),
    jobType: jobType ? { id: jobType.id, code: jobType.code, name: jobType.nameEn, nameEn: jobType.nameEn, nameFr: jobType.nameFr } : null,
    template: pinned ? { id: pinned.id, name: pinned.name, version: pinned.version } : null,
    templateDefinition: pinned?.definition ?? null,
    technicians,
    customFields: JSON.parse(job.customFields) as Record<string, unknown>,
    declineReason: job.declineReason,
    declinedAt: job.declinedAt,
    proposedStart: job.proposedStart,
    cancelReason: job.cancelReason,
    completedAt: job.completedAt,
    validatedAt: job.validatedAt,
    createdFrom: job.createdFrom,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    version: job.version,
    allowedActions: consoleActions(job.status),
    report,
  };
}

/** The state machine's console actions for the status, plus the edits the status still allows. */
export function consoleActions(status: JobStatus): JobDetailAction[] {
  const editable = editableStatuses.includes(status);
  return [...allowedActions(status, 'console'), ...(editable ? (['edit', 'reschedule'] as const) : []), 'duplicate'];
}

/** A link that opens the site in a map app (coordinates when known: more precise than the address). */
export function mapsUrlOf(site: Omit<JobDetailSite, 'id' | 'name' | 'mapsUrl' | 'accessNotes'> & { latitude: number | null; longitude: number | null }): string {
  const query =
    site.latitude !== null && site.longitude !== null
      ? `${site.latitude},${site.longitude}`
      : [site.addressLine1, site.addressLine2, `${site.postalCode} ${site.city}`, site.country].filter(Boolean).join(', ');
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}
