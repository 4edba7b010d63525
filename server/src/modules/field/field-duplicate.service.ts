import type { Kysely } from 'kysely';
import type { FieldJobCopy, FieldJobDuplicateInput } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { invalidInput } from '../../shared/errors';
import { checkDates, copyJob } from '../jobs';
import { settingsFor } from '../settings';
import { assertAppJobCreation } from './field-create.service';
import { readCallerJob } from './field-job-access';

/**
 * A technician duplicates one of their jobs on site (source, step 1.2), when app-side job
 * creation is on. With dates the copy is theirs (job manager, scheduled); without, it goes to the
 * job pool unassigned for dispatch to plan. The copy records that it was made from the app.
 */
export async function duplicateFieldJob(db: Kysely<Database>, jobId: string, input: FieldJobDuplicateInput, actor: Actor): Promise<FieldJobCopy> {
  assertAppJobCreation(await settingsFor(db));
  const plannedStart = input?.plannedStart ?? null;
  const plannedEnd = input?.plannedEnd ?? null;
  if ((plannedStart === null) !== (plannedEnd === null)) {
    throw invalidInput([{ in: 'body', path: plannedStart === null ? 'plannedStart' : 'plannedEnd', message: 'Give both dates, or neither to send the copy to the job pool' }]);
  }
  checkDates(plannedStart, plannedEnd);
  return inUnitOfWork(db, async (uow) => {
    const { job } = await readCallerJob(uow.trx, jobId, actor.id);
    const scheduled = plannedStart !== null;
    const team = { managerId: scheduled ? actor.id : null, auxiliaryIds: [] };
    const copy = await copyJob(uow, job, { plannedStart, plannedEnd, team, source: 'field' }, actor);
    return {
      id: copy.id,
      number: copy.number,
      status: scheduled ? 'scheduled' : 'created',
      plannedStart: copy.plannedStart,
      plannedEnd: copy.plannedEnd,
      assignedToYou: scheduled,
    };
  });
}
