import type { Kysely } from 'kysely';
import { answerValueSchema, evaluateReport, type JobAnswer, type TemplateDefinition, type TemplateField } from '@contract';
import type { Database } from '../../db/database';
import { badRequest, businessRule, invalidInput } from '../../shared/errors';
import { settingsFor } from '../settings';
import { answerRows, toAnswer } from './job-report.repository';
import { answerMap } from './pinned-template.repository';

type Db = Kysely<Database>;

/**
 * The writes of a job's answers, whoever makes them (the technician while the job runs, the office
 * when it corrects a returned job): the checks against the pinned template's field, then the row.
 */

/** The value as the field's type reads it (400 with the issues otherwise); photos must be the job's, each once. */
export async function checkedAnswerValue(trx: Db, jobId: string, field: TemplateField, value: unknown): Promise<unknown> {
  const parsed = answerValueSchema(field).safeParse(value);
  if (!parsed.success) {
    throw invalidInput(parsed.error.issues.map((issue) => ({ in: 'body', path: ['value', ...issue.path.map(String)].join('.'), message: issue.message })));
  }
  if (field.type === 'photo') await assertJobPhotos(trx, jobId, parsed.data as string[]);
  return parsed.data;
}

/** 422 `field_hidden` when the current answers hide this field (it cannot be answered then). */
export async function assertFieldVisible(trx: Db, jobId: string, definition: TemplateDefinition, fieldId: string): Promise<void> {
  if (!evaluateReport(definition, await answerMap(trx, jobId)).fields[fieldId]?.visible) {
    throw businessRule('field_hidden', 'This field is hidden by the answers of the report: it cannot be answered.', { fieldId });
  }
}

/** A comment needs comments turned on in the settings and on the field (400 otherwise). */
export async function assertCommentAllowed(trx: Db, field: TemplateField): Promise<void> {
  if (!(await settingsFor(trx)).reportCommentsEnabled) {
    throw badRequest('comments_disabled', 'Comments on report answers are turned off in the settings.');
  }
  if (!field.commentsAllowed) throw badRequest('comments_not_allowed', 'This field does not take comments.', { fieldId: field.id });
}

/** A photo answer points at photos of this job, each once. */
async function assertJobPhotos(trx: Db, jobId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const found = unique.length === 0 ? [] : await trx.selectFrom('attachments').select('id').where('jobId', '=', jobId).where('kind', '=', 'photo').where('id', 'in', unique).execute();
  const known = new Set(found.map((r) => r.id));
  const problems = unique.filter((id) => !known.has(id)).map((id) => `${id} is not a photo of this job`);
  if (problems.length === 0 && unique.length !== ids.length) problems.push('The same photo is given twice');
  if (problems.length > 0) throw invalidInput(problems.map((message) => ({ in: 'body', path: 'value', message })));
}

export async function findAnswerRow(trx: Db, jobId: string, fieldId: string) {
  return trx.selectFrom('reportAnswers').selectAll().where('jobId', '=', jobId).where('fieldId', '=', fieldId).executeTakeFirst();
}

type AnswerRow = NonNullable<Awaited<ReturnType<typeof findAnswerRow>>>;

/** Writes the answer of one field: a new row, or the next version of the existing one. */
export async function saveAnswer(
  trx: Db,
  existing: AnswerRow | undefined,
  answer: { jobId: string; fieldId: string; value: unknown; comment: string | null; answeredBy: string | null; answeredAt: string },
): Promise<void> {
  const { jobId, fieldId, ...columns } = answer;
  const stored = { ...columns, value: JSON.stringify(answer.value) };
  if (existing) {
    await trx.updateTable('reportAnswers').set({ ...stored, version: existing.version + 1 }).where('id', '=', existing.id).execute();
  } else {
    await trx.insertInto('reportAnswers').values({ ...stored, id: crypto.randomUUID(), jobId, fieldId, version: 1 }).execute();
  }
}

export async function deleteAnswerRow(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('reportAnswers').where('id', '=', id).execute();
}

export async function readAnswer(trx: Db, jobId: string, fieldId: string): Promise<JobAnswer> {
  return toAnswer(await answerRows(trx).where('reportAnswers.jobId', '=', jobId).where('reportAnswers.fieldId', '=', fieldId).executeTakeFirstOrThrow());
}
