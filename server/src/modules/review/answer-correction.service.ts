import type { Kysely } from 'kysely';
import type { AnswerCorrectionInput, JobDetail } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { conflict } from '../../shared/errors';
import { assertVersion } from '../../shared/versioning';
import { assertCommentAllowed, assertFieldVisible, checkedAnswerValue, EMPTY_DEFINITION, findAnswerRow, locateField, pinnedTemplate, saveAnswer } from '../job-report';
import { clearSignaturesAfterEdit } from '../field';
import { loadJobDetail } from '../jobs';
import { lockJob, writeJobEvent } from '../job-lifecycle';

type Db = Kysely<Database>;
type Correction = z.output<typeof AnswerCorrectionInput>;

interface StoredAnswer {
  value: unknown;
  comment: string | null;
}

/**
 * The office corrects one answer of a returned (completed) job during review: the value is checked
 * against the field of the job's pinned template version, the change is kept in the history
 * (`answer_corrected`, before and after) and in one audit row (`correct_answer`), signatures are
 * cleared when the settings say so, and the job's version moves on. A correction that changes
 * nothing writes nothing.
 */
export async function correctAnswer(db: Db, jobId: string, fieldId: string, input: Correction, expectedVersion: number, actor: Actor | null): Promise<JobDetail> {
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const job = await lockJob(uow, jobId);
    assertVersion(job.version, expectedVersion);
    if (job.status !== 'completed') {
      throw conflict('job_not_completed', 'Only a returned job waiting for review can be corrected.', { currentStatus: job.status });
    }
    const definition = (await pinnedTemplate(trx, job))?.definition ?? EMPTY_DEFINITION;
    const { field } = locateField(definition, fieldId);
    const value = await checkedAnswerValue(trx, jobId, field, input.value);
    await assertFieldVisible(trx, jobId, definition, fieldId);

    const existing = await findAnswerRow(trx, jobId, fieldId);
    const before: StoredAnswer | null = existing ? { value: JSON.parse(existing.value) as unknown, comment: existing.comment } : null;
    const comment = input.comment === undefined ? (before?.comment ?? null) : input.comment === '' ? null : input.comment;
    if (comment !== null && comment !== before?.comment) await assertCommentAllowed(trx, field);
    const after: StoredAnswer = { value, comment };
    if (before && JSON.stringify(before) === JSON.stringify(after)) return;

    const at = nowIso();
    await saveAnswer(trx, existing, { jobId, fieldId, value, comment, answeredBy: actor?.id ?? null, answeredAt: at });
    await clearSignaturesAfterEdit(trx, jobId, actor);
    const updated = await trx.updateTable('jobs').set({ version: job.version + 1, updatedAt: at }).where('id', '=', jobId).returningAll().executeTakeFirstOrThrow();
    await writeJobEvent(trx, {
      jobId,
      type: 'answer_corrected',
      actorId: actor?.id ?? null,
      source: 'console',
      data: { fieldId, fieldLabel: field.label, before, after, ...(input.reason ? { reason: input.reason } : {}) },
      occurredAt: at,
    });
    uow.audit({ actor, action: 'correct_answer', entityType: 'job', entityId: jobId, changes: { [fieldId]: { before, after } } });
    uow.publish('job.updated', { jobId, number: updated.number, version: updated.version });
  });
  return (await loadJobDetail(db, jobId))!;
}
