import type { Kysely } from 'kysely';
import type { FieldJobTemplate, TemplateDefinition, TemplateField } from '@contract';
import type { Database } from '../../db/database';
import { notFound } from '../../shared/errors';
import { findVersion } from '../report-templates';

/** The template version pinned on the job (never a newer one): its report is checked against it. */
export async function pinnedTemplate(db: Kysely<Database>, job: { templateId: string | null; templateVersion: number | null }): Promise<FieldJobTemplate | undefined> {
  if (!job.templateId || job.templateVersion === null) return undefined;
  const version = await findVersion(db, job.templateId, job.templateVersion);
  if (!version) return undefined;
  return { id: version.templateId, name: version.name, version: version.versionNumber, definition: version.definition };
}

export const EMPTY_DEFINITION: TemplateDefinition = { families: [] };

export interface LocatedField {
  field: TemplateField;
  familyId: string;
  familyLabel: string;
}

/** A field of the pinned template with its family; 404 for a field the template does not have. */
export function locateField(definition: TemplateDefinition, fieldId: string): LocatedField {
  for (const family of definition.families) {
    const field = family.fields.find((f) => f.id === fieldId);
    if (field) return { field, familyId: family.id, familyLabel: family.label };
  }
  throw notFound('This report field');
}

/** The job's answers as evaluateReport reads them. */
export async function answerMap(db: Kysely<Database>, jobId: string): Promise<Record<string, unknown>> {
  const rows = await db.selectFrom('reportAnswers').select(['fieldId', 'value']).where('jobId', '=', jobId).execute();
  return Object.fromEntries(rows.map((r) => [r.fieldId, JSON.parse(r.value) as unknown]));
}

const photoFields = (definition: TemplateDefinition) => definition.families.flatMap((f) => f.fields).filter((f) => f.type === 'photo');

/**
 * The answers as ending a job checks them (issue 14 §2): a photo answer counts only the photos that
 * still exist on the job, so an answer left pointing at nothing is as unanswered as it looks.
 */
export async function answerMapAsItStands(db: Kysely<Database>, jobId: string, definition: TemplateDefinition): Promise<Record<string, unknown>> {
  const [rows, photos] = await Promise.all([
    db.selectFrom('reportAnswers').select(['fieldId', 'value']).where('jobId', '=', jobId).execute(),
    db.selectFrom('attachments').select('id').where('jobId', '=', jobId).where('kind', '=', 'photo').execute(),
  ]);
  const answers = rows.map((r) => ({ fieldId: r.fieldId, value: JSON.parse(r.value) as unknown }));
  const standing = withExistingPhotos(definition, answers, new Set(photos.map((p) => p.id)));
  return Object.fromEntries(standing.map((a) => [a.fieldId, a.value]));
}

/** Photo answers naming only photos in `existing` (ids of a photo that is gone are left out; an answer left empty goes). */
export function withExistingPhotos<A extends { fieldId: string; value: unknown }>(definition: TemplateDefinition, answers: A[], existing: ReadonlySet<string>): A[] {
  const photos = new Set(photoFields(definition).map((f) => f.id));
  return answers.flatMap((answer) => {
    if (!photos.has(answer.fieldId) || !Array.isArray(answer.value)) return [answer];
    const kept = answer.value.filter((id) => typeof id === 'string' && existing.has(id));
    return kept.length > 0 ? [{ ...answer, value: kept }] : [];
  });
}

/** The photo fields whose answer uses this attachment, with their labels (for 409 attachment_in_use). */
export async function fieldsUsingPhoto(
  db: Kysely<Database>,
  job: { id: string; templateId: string | null; templateVersion: number | null },
  attachmentId: string,
): Promise<{ fieldId: string; fieldLabel: string }[]> {
  const template = await pinnedTemplate(db, job);
  if (!template) return [];
  const answers = await answerMap(db, job.id);
  return photoFields(template.definition)
    .filter((f) => Array.isArray(answers[f.id]) && (answers[f.id] as unknown[]).includes(attachmentId))
    .map((f) => ({ fieldId: f.id, fieldLabel: f.label }));
}
