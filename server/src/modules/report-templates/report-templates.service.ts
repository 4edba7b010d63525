import type { Kysely } from 'kysely';
import {
  CreateReportTemplate,
  SaveReportTemplate,
  diffTemplates,
  validateTemplateDefinition,
  type InvalidTemplateIssue,
  type ReportTemplate,
  type TemplateDefinition,
} from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, inVersionedEdit } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { AppError, conflict, notFound } from '../../shared/errors';
import { updateVersioned } from '../../shared/versioning';
import { readSettings } from '../settings';
import { findTemplate, findTemplateRow, parseDefinition, sameAsVersion } from './report-templates.repository';

type Db = Kysely<Database>;
type NewTemplate = z.output<typeof CreateReportTemplate>;
type SavedTemplate = z.output<typeof SaveReportTemplate>;

const NAME_MAX = 120;
const COPY_SUFFIX = ' (copy)';

/** 400 `invalid_template` with each problem's path from the body root (`draft.families.0…`). */
function assertValidDraft(draft: TemplateDefinition, options: { forPublish?: boolean } = {}): void {
  const problems = validateTemplateDefinition(draft, options);
  if (problems.length === 0) return;
  const issues: InvalidTemplateIssue[] = problems.map((problem) => {
    const segments = ['draft', ...problem.path];
    return { in: 'body', path: segments.join('.'), segments, message: problem.message, code: problem.code };
  });
  const message = options.forPublish ? 'The draft cannot be published: fix the fields named.' : 'The template has mistakes: fix the fields named.';
  throw new AppError(400, 'invalid_template', message, { issues });
}

const archivedConflict = () =>
  conflict('template_archived', 'This template is archived: restore it before changing or publishing it.');

/** The template a change edits (inVersionedEdit): the caller must have seen its current version. */
const editedTemplate = (id: string, expectedVersion: number) => ({
  find: (trx: Db) => findTemplateRow(trx, id),
  what: 'This report template',
  expectedVersion,
});

/** `UPDATE … WHERE version = expected`: of two concurrent changes of one version, only one wins. */
async function bumpTemplate(
  trx: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<{ name: string; description: string | null; draft: string; status: 'draft' | 'published' | 'archived'; currentVersion: number }>,
  actor: Actor | null,
): Promise<void> {
  await updateVersioned(trx, 'reportTemplates', id, expectedVersion, { ...changes, updatedAt: nowIso(), updatedBy: actor?.id ?? null });
}

async function insertTemplate(
  trx: Db,
  values: { name: string; description: string | null; draft: TemplateDefinition },
  actor: Actor | null,
): Promise<string> {
  const id = crypto.randomUUID();
  const now = nowIso();
  await trx
    .insertInto('reportTemplates')
    .values({
      id,
      name: values.name,
      description: values.description,
      status: 'draft',
      draft: JSON.stringify(values.draft),
      currentVersion: null,
      createdBy: actor?.id ?? null,
      updatedBy: actor?.id ?? null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    })
    .execute();
  return id;
}

export async function createTemplate(db: Db, input: NewTemplate, actor: Actor | null): Promise<ReportTemplate> {
  const draft = input.draft ?? { families: [] };
  assertValidDraft(draft);
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const id = await insertTemplate(trx, { name: input.name, description: input.description ?? null, draft }, actor);
    uow.audit({
      actor,
      action: 'create',
      entityType: 'report_template',
      entityId: id,
      changes: diff(null, { name: input.name, description: input.description ?? null, draft: diffTemplates({ families: [] }, draft) }),
    });
    return (await findTemplate(trx, id))!;
  });
}

/** PUT: replaces the name, description and draft. Published versions are separate rows, never touched here. */
export async function saveTemplate(
  db: Db,
  id: string,
  input: SavedTemplate,
  expectedVersion: number,
  actor: Actor | null,
): Promise<ReportTemplate> {
  assertValidDraft(input.draft);
  return inVersionedEdit(db, editedTemplate(id, expectedVersion), async (uow, before) => {
    const { trx } = uow;
    if (before.status === 'archived') throw archivedConflict();
    await bumpTemplate(trx, id, expectedVersion, { name: input.name, description: input.description, draft: JSON.stringify(input.draft) }, actor);
    const draftChanges = diffTemplates(parseDefinition(before.draft), input.draft);
    uow.audit({
      actor,
      action: 'update',
      entityType: 'report_template',
      entityId: id,
      changes: {
        ...diff({ name: before.name, description: before.description }, { name: input.name, description: input.description }),
        ...(draftChanges.length > 0 ? { draft: { before: null, after: draftChanges } } : {}),
      },
    });
    return (await findTemplate(trx, id))!;
  });
}

/** The draft becomes version N+1: a new row, never updated afterwards. */
export async function publishTemplate(db: Db, id: string, expectedVersion: number, actor: Actor | null): Promise<ReportTemplate> {
  return inVersionedEdit(db, editedTemplate(id, expectedVersion), async (uow, row) => {
    const { trx } = uow;
    if (row.status === 'archived') throw archivedConflict();
    const latest =
      row.currentVersion === null
        ? undefined
        : await trx
            .selectFrom('reportTemplateVersions')
            .select(['name', 'definition'])
            .where('templateId', '=', id)
            .where('versionNumber', '=', row.currentVersion)
            .executeTakeFirst();
    if (sameAsVersion(row, latest)) {
      throw conflict('nothing_to_publish', `Nothing changed since version ${row.currentVersion}: there is nothing to publish.`);
    }
    assertValidDraft(parseDefinition(row.draft), { forPublish: true });
    const versionNumber = (row.currentVersion ?? 0) + 1;
    await bumpTemplate(trx, id, expectedVersion, { status: 'published', currentVersion: versionNumber }, actor);
    await trx
      .insertInto('reportTemplateVersions')
      .values({
        id: crypto.randomUUID(),
        templateId: id,
        versionNumber,
        name: row.name,
        definition: row.draft,
        publishedBy: actor?.id ?? null,
        publishedAt: nowIso(),
      })
      .execute();
    uow.audit({
      actor,
      action: 'publish',
      entityType: 'report_template',
      entityId: id,
      changes: diff({ status: row.status, currentVersion: row.currentVersion }, { status: 'published', currentVersion: versionNumber }),
    });
    return (await findTemplate(trx, id))!;
  });
}

/** A new draft template with the source's name (+ " (copy)"), description and draft. */
export async function duplicateTemplate(db: Db, sourceId: string, actor: Actor | null): Promise<ReportTemplate> {
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const source = await findTemplateRow(trx, sourceId);
    if (!source) throw notFound('This report template');
    const name = `${source.name.slice(0, NAME_MAX - COPY_SUFFIX.length).trimEnd()}${COPY_SUFFIX}`;
    const id = await insertTemplate(trx, { name, description: source.description, draft: parseDefinition(source.draft) }, actor);
    uow.audit({
      actor,
      action: 'duplicate',
      entityType: 'report_template',
      entityId: id,
      changes: diff(null, { name, duplicatedFrom: sourceId }),
    });
    return (await findTemplate(trx, id))!;
  });
}

/**
 * Archived: offered to no new job; jobs on one of its versions keep it. The global default or a
 * job type's default is refused (409 `template_is_default`) rather than silently cleared: the
 * administrator chooses the replacement first.
 */
export async function archiveTemplate(db: Db, id: string, expectedVersion: number, actor: Actor | null): Promise<ReportTemplate> {
  return inVersionedEdit(db, editedTemplate(id, expectedVersion), async (uow, row) => {
    const { trx } = uow;
    if (row.status === 'archived') throw conflict('template_archived', 'This template is already archived.');
    // Updating first takes the row lock on PostgreSQL: a default being set at the same time waits (see defaults).
    await bumpTemplate(trx, id, expectedVersion, { status: 'archived' }, actor);
    const { defaultTemplateId } = await readSettings(trx);
    const jobTypes = await trx.selectFrom('jobTypes').select('code').where('defaultTemplateId', '=', id).orderBy('code').execute();
    if (defaultTemplateId === id || jobTypes.length > 0) {
      throw conflict('template_is_default', 'This template is a default template: choose another default before archiving it.', {
        global: defaultTemplateId === id,
        jobTypes: jobTypes.map((j) => j.code),
      });
    }
    uow.audit({ actor, action: 'archive', entityType: 'report_template', entityId: id, changes: diff({ status: row.status }, { status: 'archived' }) });
    return (await findTemplate(trx, id))!;
  });
}

/** Back to published (or draft when it never was). */
export async function restoreTemplate(db: Db, id: string, expectedVersion: number, actor: Actor | null): Promise<ReportTemplate> {
  return inVersionedEdit(db, editedTemplate(id, expectedVersion), async (uow, row) => {
    const { trx } = uow;
    if (row.status !== 'archived') throw conflict('template_not_archived', 'This template is not archived.');
    const status = row.currentVersion === null ? 'draft' : 'published';
    await bumpTemplate(trx, id, expectedVersion, { status }, actor);
    uow.audit({ actor, action: 'restore', entityType: 'report_template', entityId: id, changes: diff({ status: row.status }, { status }) });
    return (await findTemplate(trx, id))!;
  });
}
