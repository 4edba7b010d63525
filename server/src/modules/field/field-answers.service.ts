import type { Kysely } from 'kysely';
import { answerValueSchema, evaluateReport, type FieldAnswerInput, type FieldAnswerResult, type JobAnswer } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { badRequest, businessRule, invalidInput } from '../../shared/errors';
import { settingsFor } from '../settings';
import { assertWorking, callerJob, touchJob } from './field-job-access';
import { answerMap, answerRows, EMPTY_DEFINITION, locateField, pinnedTemplate, toAnswer, type LocatedField } from '../job-report';
import { clearSignaturesAfterEdit } from './signature-rules';

/** Sets the answer of one field of the pinned template (PUT semantics: an absent comment is none). */
export async function putAnswer(db: Kysely<Database>, jobId: string, fieldId: string, input: FieldAnswerInput, actor: Actor): Promise<FieldAnswerResult> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { job } = await callerJob(uow, jobId, actor.id);
    assertWorking(job);
    const definition = (await pinnedTemplate(trx, job))?.definition ?? EMPTY_DEFINITION;
    const located = locateField(definition, fieldId);
    const comment = input.comment ?? null;
    if (comment !== null && comment !== '') await assertCommentAllowed(trx, located);
    const value = checkedValue(located, input.value);
    if (located.field.type === 'photo') await assertJobPhotos(trx, jobId, value as string[]);

    const answers = await answerMap(trx, jobId);
    if (!evaluateReport(definition, answers).fields[fieldId]?.visible) {
      throw businessRule('field_hidden', 'This field is hidden by the answers of the report: it cannot be answered.', { fieldId });
    }

    const existing = await trx.selectFrom('reportAnswers').selectAll().where('jobId', '=', jobId).where('fieldId', '=', fieldId).executeTakeFirst();
    const json = JSON.stringify(value);
    const storedComment = comment === '' ? null : comment;
    if (existing && existing.value === json && existing.comment === storedComment) {
      return { answer: await readAnswer(trx, jobId, fieldId), jobVersion: job.version };
    }
    const at = nowIso();
    if (existing) {
      await trx
        .updateTable('reportAnswers')
        .set({ value: json, comment: storedComment, answeredBy: actor.id, answeredAt: at, version: existing.version + 1 })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('reportAnswers')
        .values({ id: crypto.randomUUID(), jobId, fieldId, value: json, comment: storedComment, answeredBy: actor.id, answeredAt: at, version: 1 })
        .execute();
    }
    await clearSignaturesAfterEdit(trx, jobId, actor);
    const touched = await touchJob(uow, job, {
      actor,
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
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const { job } = await callerJob(uow, jobId, actor.id);
    assertWorking(job);
    const located = locateField((await pinnedTemplate(trx, job))?.definition ?? EMPTY_DEFINITION, fieldId);
    const existing = await trx.selectFrom('reportAnswers').selectAll().where('jobId', '=', jobId).where('fieldId', '=', fieldId).executeTakeFirst();
    if (!existing) return { answer: null, jobVersion: job.version };
    await trx.deleteFrom('reportAnswers').where('id', '=', existing.id).execute();
    await clearSignaturesAfterEdit(trx, jobId, actor);
    const touched = await touchJob(uow, job, {
      actor,
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

async function assertCommentAllowed(trx: Kysely<Database>, located: LocatedField): Promise<void> {
  if (!(await settingsFor(trx)).reportCommentsEnabled) {
    throw badRequest('comments_disabled', 'Comments on report answers are turned off in the settings.');
  }
  if (!located.field.commentsAllowed) {
    throw badRequest('comments_not_allowed', 'This field does not take comments.', { fieldId: located.field.id });
  }
}

function checkedValue(located: LocatedField, value: unknown): unknown {
  const parsed = answerValueSchema(located.field).safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalidInput(
    parsed.error.issues.map((issue) => ({ in: 'body', path: ['value', ...issue.path.map(String)].join('.'), message: issue.message })),
  );
}

/** A photo answer points at photos already attached to this job. */
async function assertJobPhotos(trx: Kysely<Database>, jobId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await trx
    .selectFrom('attachments')
    .select('id')
    .where('jobId', '=', jobId)
    .where('kind', '=', 'photo')
    .where('id', 'in', unique)
    .execute();
  const known = new Set(found.map((r) => r.id));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0 || unique.length !== ids.length) {
    throw invalidInput(
      (unknown.length > 0 ? unknown : ['duplicate']).map((id) => ({
        in: 'body',
        path: 'value',
        message: id === 'duplicate' ? 'The same photo is given twice' : `${id} is not a photo of this job`,
      })),
    );
  }
}

async function readAnswer(trx: Kysely<Database>, jobId: string, fieldId: string): Promise<JobAnswer> {
  return toAnswer(await answerRows(trx).where('reportAnswers.jobId', '=', jobId).where('reportAnswers.fieldId', '=', fieldId).executeTakeFirstOrThrow());
}
