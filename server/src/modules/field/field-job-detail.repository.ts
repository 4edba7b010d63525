import type { Kysely } from 'kysely';
import { allowedActions, type FieldJobDetail, type FieldJobSite, type TechnicianRole } from '@contract';
import type { Database } from '../../db/database';
import { onlineViewUrl } from '../../platform/online-view-links.repository';
import { loadJobReport, loadJobTechnicians, pinnedTemplate } from '../job-report';
import { jobTimes, type JobRow } from '../job-lifecycle';
import { settingsFor } from '../settings';
import { readCallerJob } from './field-job-access';

/** One of the caller's jobs, read without writing anything (GET is safe: receipt is acknowledged by `receiveJob`). */
export async function readFieldJob(db: Kysely<Database>, jobId: string, userId: string, publicUrl: string): Promise<FieldJobDetail> {
  const { job, role } = await readCallerJob(db, jobId, userId);
  return loadFieldJobDetail(db, job, role, publicUrl);
}

/**
 * The job as the technician app shows it (step 2 of the source document, plus the report so far).
 * Its ~15 reads share one connection: fanned out over the pool they would take most of it per request.
 */
export async function loadFieldJobDetail(db: Kysely<Database>, job: JobRow, myRole: TechnicianRole, publicUrl: string): Promise<FieldJobDetail> {
  return db.connection().execute((connection) => readDetail(connection, job, myRole, publicUrl));
}

async function readDetail(db: Kysely<Database>, job: JobRow, myRole: TechnicianRole, publicUrl: string): Promise<FieldJobDetail> {
  const [customer, site, contact, jobType, technicians, template, customFields, report, reopen, settings, viewUrl] = await Promise.all([
    db.selectFrom('customers').select(['id', 'code', 'name']).where('id', '=', job.customerId).executeTakeFirstOrThrow(),
    job.siteId ? db.selectFrom('sites').selectAll().where('id', '=', job.siteId).executeTakeFirst() : undefined,
    job.contactId
      ? db.selectFrom('contacts').select(['id', 'name', 'phone', 'mobile', 'email']).where('id', '=', job.contactId).executeTakeFirst()
      : undefined,
    job.jobTypeId ? db.selectFrom('jobTypes').select(['id', 'code', 'nameEn', 'nameFr']).where('id', '=', job.jobTypeId).executeTakeFirst() : undefined,
    loadJobTechnicians(db, job.id),
    pinnedTemplate(db, job),
    customFieldsOf(db, job.customFields),
    loadJobReport(db, job, { forTechnician: true }),
    db
      .selectFrom('jobEvents')
      .select('data')
      .where('jobId', '=', job.id)
      .where('type', '=', 'reopened')
      .orderBy('occurredAt', 'desc')
      .limit(1)
      .executeTakeFirst(),
    settingsFor(db),
    onlineViewUrl(db, publicUrl, job.id),
  ]);
  // Ending and declining speak for the whole team: the job manager's. Receipt (synchronize) is
  // acknowledged by the app itself (POST …/received), not offered to the technician.
  const actions = allowedActions(job.status, 'field').filter(
    (action) => action !== 'synchronize' && ((action !== 'end' && action !== 'decline') || (myRole === 'manager' && (action !== 'decline' || settings.technicianDeclineAllowed))),
  );
  return {
    id: job.id,
    number: job.number,
    status: job.status,
    version: job.version,
    ...jobTimes(job),
    description: job.description,
    jobType: jobType ?? null,
    customer,
    site: site ? siteOf(site) : null,
    contact: contact ?? null,
    technicians,
    myRole,
    template: template ?? null,
    customFields,
    report,
    allowedActions: actions,
    reopenReason: reasonOf(reopen?.data),
    onlineViewUrl: viewUrl,
  };
}

type SiteRow = Omit<FieldJobSite, 'mapsUrl'>;

function siteOf(row: SiteRow & { customerId: string; createdAt: string; updatedAt: string }): FieldJobSite {
  const { customerId: _c, createdAt: _a, updatedAt: _u, ...site } = row;
  const query =
    site.latitude !== null && site.longitude !== null
      ? `${site.latitude},${site.longitude}`
      : [site.addressLine1, site.addressLine2, `${site.postalCode} ${site.city}`, site.country].filter(Boolean).join(', ');
  return { ...site, mapsUrl: `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}` };
}

function reasonOf(data: string | undefined): string | null {
  if (!data) return null;
  const parsed = JSON.parse(data) as { reason?: unknown };
  return typeof parsed.reason === 'string' ? parsed.reason : null;
}

/** Values with their definitions' labels: active definitions, and inactive ones that still hold a value. */
async function customFieldsOf(db: Kysely<Database>, json: string): Promise<FieldJobDetail['customFields']> {
  const values = JSON.parse(json || '{}') as Record<string, unknown>;
  const definitions = await db
    .selectFrom('customFieldDefinitions')
    .select(['key', 'labelEn', 'labelFr', 'type', 'isActive'])
    .where('entity', '=', 'job')
    .orderBy('sortOrder')
    .orderBy('key')
    .execute();
  return definitions
    .filter((d) => d.isActive === 1 || values[d.key] !== undefined)
    .map((d) => ({ key: d.key, labelEn: d.labelEn, labelFr: d.labelFr, type: d.type, value: values[d.key] ?? null }));
}
