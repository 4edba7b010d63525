import type { Kysely } from 'kysely';
import type { FieldAnswerInput, FieldAnswerResult } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { nowIso } from '../../shared/clock';
import { inWorkingJob } from './field-job-access';
import {
  assertCommentAllowed,
  assertFieldVisible,
  checkedAnswerValue,
  deleteAnswerRow,
  EMPTY_DEFINITION,
  findAnswerRow,
  locateField,
  pinnedTemplate,
  readAnswer,
  saveAnswer,
} from '../job-report';
import { clearSignaturesAfterEdit } from './signature-rules';
import { touchJob } from '../job-lifecycle';

/** Sets the answer of one field of the pinned template (PUT semantics: an absent comment is none). */
export async function putAnswer(db: Kysely<Database>, jobId: string, fieldId: string, input: FieldAnswerInput, actor: Actor): Promise<FieldAnswerResult> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const definition = (await pinnedTemplate(trx, job))?.definition ?? EMPTY_DEFINITION;
    const located = locateField(definition, fieldId);
    const comment = input.comment ?? null;
    if (comment !== null && comment !== '') await assertCommentAllowed(trx, located.field);
    const value = await checkedAnswerValue(trx, jobId, located.field, input.value);
    await assertFieldVisible(trx, jobId, definition, fieldId);

    const existing = await findAnswerRow(trx, jobId, fieldId);
    const storedComment = comment === '' ? null : comment;
    if (existing && existing.value === JSON.stringify(value) && existing.comment === storedComment) {
      return { answer: await readAnswer(trx, jobId, fieldId), jobVersion: job.version };
    }
    await saveAnswer(trx, existing, { jobId, fieldId, value, comment: storedComment, answeredBy: actor.id, answeredAt: nowIso() });
    await clearSignaturesAfterEdit(trx, jobId, actor);
    const touched = await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'answer_changed', data: { fieldId, fieldLabel: located.field.label } },
      audit: {
        action: 'answer',
        entityType: 'job',
        entityId: jobId,
        changes: { [`answers.${fieldId}`]: { before: existing ? JSON.parse(existing.value) : null, after: value } },
      },
    });
    return { answer: await readAnswer(trx, jobId, fieldId), jobVersion: touched.version };
  });
}

/** Clears the answer of one field (nothing to clear → nothing written). */
export async function deleteAnswer(db: Kysely<Database>, jobId: string, fieldId: string, actor: Actor): Promise<FieldAnswerResult> {
  return inWorkingJob(db, jobId, actor, async (uow, job) => {
    const { trx } = uow;
    const located = locateField((await pinnedTemplate(trx, job))?.definition ?? EMPTY_DEFINITION, fieldId);
    const existing = await findAnswerRow(trx, jobId, fieldId);
    if (!existing) return { answer: null, jobVersion: job.version };
    await deleteAnswerRow(trx, existing.id);
    await clearSignaturesAfterEdit(trx, jobId, actor);
    const touched = await touchJob(uow, job, {
      actor,
      source: 'field',
      event: { type: 'answer_changed', data: { fieldId, fieldLabel: located.field.label, cleared: true } },
      audit: {
        action: 'clear_answer',
        entityType: 'job',
        entityId: jobId,
        changes: { [`answers.${fieldId}`]: { before: JSON.parse(existing.value), after: null } },
      },
    });
    return { answer: null, jobVersion: touched.version };
  });
}
