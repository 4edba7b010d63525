import type { Kysely } from 'kysely';
import { formatJobNumber, type FieldJobCreateInput } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { nextCounter } from '../../shared/counters';
import { diff } from '../../shared/diff';
import { AppError, invalidInput } from '../../shared/errors';
import { checkedCustomFields } from '../custom-fields';
import { writeJobEvent, type JobRow } from '../job-lifecycle';
import { latestPublishedVersion } from '../report-templates';
import { highestJobNumber, JOB_NUMBER_COUNTER, settingsFor } from '../settings';

/**
 * A technician creates a job on the spot (when the settings allow it): scheduled at once with the
 * caller as its job manager, on the latest published version of the job type's template (or the
 * default template).
 */
export async function createFieldJob(db: Kysely<Database>, input: FieldJobCreateInput, actor: Actor): Promise<JobRow> {
  const settings = await settingsFor(db);
  if (!settings.technicianJobCreation) {
    throw new AppError(403, 'job_creation_disabled', 'Creating jobs from the app is turned off.');
  }
  if (input.plannedStart && input.plannedEnd && input.plannedEnd < input.plannedStart) {
    throw invalidInput([{ in: 'body', path: 'plannedEnd', message: 'The end comes before the start' }]);
  }
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const customer = await trx.selectFrom('customers').select(['id', 'name']).where('id', '=', input.customerId).executeTakeFirst();
    if (!customer) throw unknown('customerId', 'Unknown customer');
    const site = await trx.selectFrom('sites').select('id').where('id', '=', input.siteId).where('customerId', '=', customer.id).executeTakeFirst();
    if (!site) throw unknown('siteId', 'Not a site of this customer');
    if (input.contactId) {
      const contact = await trx.selectFrom('contacts').select('id').where('id', '=', input.contactId).where('customerId', '=', customer.id).executeTakeFirst();
      if (!contact) throw unknown('contactId', 'Not a contact of this customer');
    }
    let templateId = settings.defaultTemplateId;
    if (input.jobTypeId) {
      const jobType = await trx.selectFrom('jobTypes').select(['id', 'defaultTemplateId']).where('id', '=', input.jobTypeId).where('isActive', '=', 1).executeTakeFirst();
      if (!jobType) throw unknown('jobTypeId', 'Unknown job type');
      templateId = jobType.defaultTemplateId ?? templateId;
    }
    const version = templateId ? await latestPublishedVersion(trx, templateId) : undefined;
    const customFields = await checkedCustomFields(trx, 'job', input.customFields);

    const seq = await nextCounter(trx, JOB_NUMBER_COUNTER, () => highestJobNumber(trx));
    const number = formatJobNumber(settings.jobNumberPrefix, seq);
    const at = nowIso();
    const job = await trx
      .insertInto('jobs')
      .values({
        id: crypto.randomUUID(),
        number,
        seq,
        status: 'scheduled',
        customerId: customer.id,
        siteId: site.id,
        contactId: input.contactId ?? null,
        jobTypeId: input.jobTypeId ?? null,
        templateId: version ? version.templateId : null,
        templateVersion: version ? version.versionNumber : null,
        description: input.description,
        managerId: actor.id,
        plannedStart: input.plannedStart ?? null,
        plannedEnd: input.plannedEnd ?? null,
        workedSeconds: 0,
        openReserves: 0,
        totalExclTaxCents: 0,
        currency: settings.currency,
        customFields: JSON.stringify(customFields),
        searchText: `${number} ${customer.name} ${input.description}`.toLowerCase(),
        createdBy: actor.id,
        createdFrom: 'field',
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.insertInto('jobTechnicians').values({ jobId: job.id, userId: actor.id, role: 'manager' }).execute();
    await writeJobEvent(trx, { jobId: job.id, type: 'created', fromStatus: null, toStatus: 'scheduled', actorId: actor.id, source: 'field', occurredAt: at });
    uow.audit({
      actor,
      action: 'create',
      entityType: 'job',
      entityId: job.id,
      changes: diff(null, { number, customerId: customer.id, siteId: site.id, description: input.description, status: 'scheduled', createdFrom: 'field' }),
    });
    uow.publish('job.updated', { jobId: job.id, number, version: job.version });
    return job;
  });
}

const unknown = (path: string, message: string) => invalidInput([{ in: 'body', path, message }]);
