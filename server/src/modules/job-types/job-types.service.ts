import type { Kysely } from 'kysely';
import type { JobType } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inVersionedEdit } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { updateVersioned } from '../../shared/versioning';
import { assertUsableAsDefault } from '../settings';
import { findJobType } from './job-types.repository';

/** The template new jobs of this type start with: a published, not archived one, or none. */
export async function setJobTypeDefault(
  db: Kysely<Database>,
  id: string,
  defaultTemplateId: string | null,
  expectedVersion: number,
  actor: Actor | null,
): Promise<JobType> {
  const target = { find: (trx: Kysely<Database>) => findJobType(trx, id), what: 'This job type', expectedVersion };
  return inVersionedEdit(db, target, async (uow, before) => {
    const { trx } = uow;
    if (defaultTemplateId !== null) await assertUsableAsDefault(trx, defaultTemplateId);
    await updateVersioned(trx, 'jobTypes', id, expectedVersion, { defaultTemplateId });
    uow.audit({
      actor,
      action: 'update',
      entityType: 'job_type',
      entityId: id,
      changes: diff({ defaultTemplateId: before.defaultTemplateId }, { defaultTemplateId }),
    });
    return (await findJobType(trx, id))!;
  });
}
