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
