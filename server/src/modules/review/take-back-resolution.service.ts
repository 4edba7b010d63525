import type { Kysely } from 'kysely';
import type { JobDetail, TakeBackResolutionInput } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { businessRule, conflict, notFound } from '../../shared/errors';
import { installedAtCustomer, recordedColumns, resolveTakeBack, settleTakeBack, takeBackAuditView } from '../field';
import { lockJob, touchJob, type JobRow } from '../job-lifecycle';
import { loadJobDetail } from '../jobs';

type Resolution = z.output<typeof TakeBackResolutionInput>;

/** A job has ended once returned (completed) or validated: its parts have settled, a confirmed move happens now. */
const ENDED = new Set(['completed', 'validated']);

/**
 * The office settles a take-back of a serial recorded somewhere else (issue 14 §1), in one audited
 * action on the take-back's job:
 * - confirm: the unit really was the one taken back. It leaves its record — now if the job has
 *   ended, else when it ends — for where the take-back's status sends it; its history names both places.
 * - correct: the technician's serial was wrong. The take-back gets the right serial, checked again
 *   like a new one (installed here: clean; unknown: a new unit; recorded elsewhere again: still
 *   flagged); the unit first named stays where it is recorded, untouched.
 * Answers the job as the review page reads it.
 */
export async function resolveTakeBackDiscrepancy(db: Kysely<Database>, takeBackId: string, input: Resolution, actor: Actor): Promise<JobDetail> {
  const jobId = await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const found = await trx.selectFrom('takeBacks').select('jobId').where('id', '=', takeBackId).executeTakeFirst();
    if (!found) throw notFound('This take-back');
    const job = await lockJob(uow, found.jobId);
    // Read again under the job's lock: two offices answering at once → one wins, the other is told.
    const before = await trx.selectFrom('takeBacks').selectAll().where('id', '=', takeBackId).executeTakeFirstOrThrow();
    if (before.recordedPlace === null) {
      throw businessRule('no_discrepancy', 'This take-back found its serial at this customer or unknown: there is nothing to settle.', { takeBackId });
    }
    if (before.resolution !== null) {
      throw conflict('discrepancy_already_resolved', 'This take-back was already settled.', { resolution: before.resolution, resolvedAt: before.resolvedAt });
    }
    if (job.status === 'cancelled') throw conflict('conflict', 'This job was cancelled: its take-backs never happened.', { jobId: job.id });
    const resolved = { resolvedBy: actor.id, resolvedAt: nowIso() };

    if (input.resolution === 'confirm') {
      await trx.updateTable('takeBacks').set({ resolution: 'confirmed', ...resolved }).where('id', '=', before.id).execute();
      const moved = ENDED.has(job.status);
      if (moved) await settleTakeBack(uow, job, { ...before, resolution: 'confirmed', ...resolved }, actor);
      await touchJob(uow, job, {
        actor,
        source: 'console',
        event: { type: 'take_back_confirmed', data: { serial: before.serial, recordedAt: before.recordedPlace, moved } },
        audit: {
          action: 'confirm_move',
          entityType: 'take_back',
          entityId: before.id,
          changes: { resolution: { before: null, after: 'confirmed' }, moved: { before: false, after: moved } },
        },
      });
    } else {
      await correctSerial(uow, job, before, input, resolved, actor);
    }
    return job.id;
  });
  return (await loadJobDetail(db, jobId))!;
}


async function correctSerial(
  uow: UnitOfWork,
  job: JobRow,
  before: Parameters<typeof settleTakeBack>[2],
  input: Extract<Resolution, { resolution: 'correct' }>,
  resolved: { resolvedBy: string; resolvedAt: string },
  actor: Actor,
): Promise<void> {
  const { trx } = uow;
  const here = input.itemId ? undefined : await installedAtCustomer(trx, job.customerId, input.serial);
  const target = { serial: input.serial, itemId: input.itemId ?? here?.itemId ?? before.itemId, status: before.status };
  const checked = await resolveTakeBack(trx, job, target, before.id);
  const reportedSerial = before.reportedSerial ?? before.serial;
  // Recorded elsewhere again: a new discrepancy, open. Otherwise the first one stays on record, answered "corrected".
  const settlement = checked.recorded
    ? { ...recordedColumns(checked.recorded), resolution: null, resolvedBy: null, resolvedAt: null }
    : { resolution: 'corrected' as const, ...resolved };
  const after = { ...before, ...target, serialUnitId: checked.serialUnitId, wasFound: checked.wasFound ? (1 as const) : (0 as const), reportedSerial, ...settlement };
  await trx
    .updateTable('takeBacks')
    .set({ serial: after.serial, itemId: after.itemId, serialUnitId: after.serialUnitId, wasFound: after.wasFound, reportedSerial, ...settlement, updatedAt: resolved.resolvedAt })
    .where('id', '=', before.id)
    .execute();
  const moved = !checked.recorded && ENDED.has(job.status);
  if (moved) await settleTakeBack(uow, job, after, actor);
  await touchJob(uow, job, {
    actor,
    source: 'console',
    event: { type: 'take_back_corrected', data: { serial: after.serial, reportedSerial, recordedElsewhere: !!checked.recorded, moved } },
    audit: {
      action: 'correct_serial',
      entityType: 'take_back',
      entityId: before.id,
      changes: { ...diff(takeBackAuditView(before), takeBackAuditView(after)), resolution: { before: null, after: after.resolution } },
    },
  });
}
