import type { Kysely } from 'kysely';
import type { FieldJobCreateInput } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { AppError, invalidInput } from '../../shared/errors';
import { checkedCustomFields } from '../custom-fields';
import type { JobRow } from '../job-lifecycle';
import { insertNewJob } from '../jobs';
import { latestPublishedVersion } from '../report-templates';
import { settingsFor } from '../settings';

/**
 * A technician creates a job on the spot (when the settings allow it): scheduled at once with the
 * caller as its job manager, on the latest published version of the job type's template (or the
 * default template).
 */
export async function createFieldJob(db: Kysely<Database>, input: FieldJobCreateInput, actor: Actor): Promise<JobRow> {
  const settings = await settingsFor(db);
  assertAppJobCreation(settings);
  if (input.plannedStart && input.plannedEnd && input.plannedEnd < input.plannedStart) {
    throw invalidInput([{ in: 'body', path: 'plannedEnd', message: 'The end comes before the start' }]);
  }
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const customer = await trx.selectFrom('customers').select('id').where('id', '=', input.customerId).executeTakeFirst();
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

    const job = await insertNewJob(
      trx,
      {
        status: 'scheduled',
        customerId: customer.id,
        siteId: site.id,
        contactId: input.contactId ?? null,
        jobTypeId: input.jobTypeId ?? null,
        templateId: version ? version.templateId : null,
        templateVersion: version ? version.versionNumber : null,
        description: input.description,
        plannedStart: input.plannedStart ?? null,
        plannedEnd: input.plannedEnd ?? null,
        customFields: JSON.stringify(customFields),
        team: { managerId: actor.id, auxiliaryIds: [] },
      },
      { settings, actor, source: 'field' },
    );
    const { number } = job;
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

/** Jobs are created from the app (new or duplicated) only when the administrator turned it on. */
export function assertAppJobCreation(settings: { technicianJobCreation: boolean }): void {
  if (!settings.technicianJobCreation) {
    throw new AppError(403, 'job_creation_disabled', 'Creating jobs from the app is turned off.');
  }
}

const unknown = (path: string, message: string) => invalidInput([{ in: 'body', path, message }]);
