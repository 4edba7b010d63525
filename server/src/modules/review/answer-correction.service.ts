import type { Kysely } from 'kysely';
import { answerValueSchema, evaluateReport, type AnswerCorrectionInput, type JobDetail, type TemplateField } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { badRequest, businessRule, conflict, invalidInput } from '../../shared/errors';
import { assertVersion } from '../../shared/versioning';
import { answerMap, EMPTY_DEFINITION, locateField, pinnedTemplate } from '../job-report';
import { clearSignaturesAfterEdit } from '../field';
import { loadJobDetail } from '../jobs';
import { lockJob, writeJobEvent } from '../job-lifecycle';
import { settingsFor } from '../settings';

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
    const value = checkedValue(field, input.value);
    if (field.type === 'photo') await assertJobPhotos(trx, jobId, value as string[]);
    if (!evaluateReport(definition, await answerMap(trx, jobId)).fields[fieldId]?.visible) {
      throw businessRule('field_hidden', 'This field is hidden by the answers of the report: it cannot be answered.', { fieldId });
    }

    const existing = await trx.selectFrom('reportAnswers').selectAll().where('jobId', '=', jobId).where('fieldId', '=', fieldId).executeTakeFirst();
    const before: StoredAnswer | null = existing ? { value: JSON.parse(existing.value) as unknown, comment: existing.comment } : null;
    const comment = input.comment === undefined ? (before?.comment ?? null) : input.comment === '' ? null : input.comment;
    if (comment !== null && comment !== before?.comment) await assertCommentAllowed(trx, field);
    const after: StoredAnswer = { value, comment };
    if (before && JSON.stringify(before) === JSON.stringify(after)) return;

    const at = nowIso();
    const json = JSON.stringify(value);
    const answeredBy = actor?.id ?? null;
    if (existing) {
      await trx.updateTable('reportAnswers').set({ value: json, comment, answeredBy, answeredAt: at, version: existing.version + 1 }).where('id', '=', existing.id).execute();
    } else {
      await trx.insertInto('reportAnswers').values({ id: crypto.randomUUID(), jobId, fieldId, value: json, comment, answeredBy, answeredAt: at, version: 1 }).execute();
    }
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

function checkedValue(field: TemplateField, value: unknown): unknown {
  const parsed = answerValueSchema(field).safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalidInput(parsed.error.issues.map((issue) => ({ in: 'body', path: ['value', ...issue.path.map(String)].join('.'), message: issue.message })));
}

async function assertCommentAllowed(trx: Db, field: TemplateField): Promise<void> {
  if (!(await settingsFor(trx)).reportCommentsEnabled) {
    throw badRequest('comments_disabled', 'Comments on report answers are turned off in the settings.');
  }
  if (!field.commentsAllowed) throw badRequest('comments_not_allowed', 'This field does not take comments.', { fieldId: field.id });
}

/** A photo answer points at photos of this job, each once. */
async function assertJobPhotos(trx: Db, jobId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await trx.selectFrom('attachments').select('id').where('jobId', '=', jobId).where('kind', '=', 'photo').where('id', 'in', unique).execute();
  const known = new Set(found.map((r) => r.id));
  const problems = unique.filter((id) => !known.has(id)).map((id) => `${id} is not a photo of this job`);
  if (unique.length !== ids.length) problems.push('The same photo is given twice');
  if (problems.length > 0) throw invalidInput(problems.map((message) => ({ in: 'body', path: 'value', message })));
}
