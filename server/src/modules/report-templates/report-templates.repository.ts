import type { Kysely, Selectable } from 'kysely';
import {
  TemplateDefinition,
  diffTemplates,
  type Page,
  type ReportTemplate,
  type ReportTemplateListQuery,
  type ReportTemplateSummary,
  type ReportTemplateVersion,
  type UserRef,
} from '@contract';
import type { z } from 'zod';
import type { Database, ReportTemplatesTable } from '../../db/database';
import { decodeCursor, encodeCursor } from '../../shared/cursor';
import { searchForm } from '../../shared/text';
import { readSettings } from '../settings';

type Db = Kysely<Database>;
type TemplateRow = Selectable<ReportTemplatesTable>;
type ListQuery = z.output<typeof ReportTemplateListQuery>;

/** Stored JSON goes back through the contract schema: a definition the API would refuse never leaves it. */
export const parseDefinition = (json: string): TemplateDefinition => TemplateDefinition.parse(JSON.parse(json));

export const fieldCountOf = (definition: TemplateDefinition) =>
  definition.families.reduce((count, family) => count + family.fields.length, 0);

/** No visible difference between the draft (and name) and the version it would replace. */
export function sameAsVersion(row: { name: string; draft: string }, version: { name: string; definition: string } | undefined) {
  return !!version && version.name === row.name && diffTemplates(parseDefinition(version.definition), parseDefinition(row.draft)).length === 0;
}

export async function findTemplateRow(db: Db, id: string): Promise<TemplateRow | undefined> {
  return db.selectFrom('reportTemplates').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The template with its draft and the list of its versions (newest first). */
export async function findTemplate(db: Db, id: string): Promise<ReportTemplate | undefined> {
  const row = await findTemplateRow(db, id);
  if (!row) return undefined;
  const [summary] = await summarize(db, [row]);
  const versions = await db
    .selectFrom('reportTemplateVersions as v')
    .leftJoin('users as u', 'u.id', 'v.publishedBy')
    .select(['v.versionNumber', 'v.publishedAt', 'v.publishedBy', 'u.displayName'])
    .where('v.templateId', '=', id)
    .orderBy('v.versionNumber', 'desc')
    .execute();
  return {
    ...summary!,
    draft: parseDefinition(row.draft),
    version: row.version,
    createdAt: row.createdAt,
    versions: versions.map((v) => ({
      versionNumber: v.versionNumber,
      publishedAt: v.publishedAt,
      publishedBy: userRef(v.publishedBy, v.displayName),
    })),
  };
}

export async function findVersion(db: Db, templateId: string, versionNumber: number): Promise<ReportTemplateVersion | undefined> {
  const row = await db
    .selectFrom('reportTemplateVersions as v')
    .leftJoin('users as u', 'u.id', 'v.publishedBy')
    .select(['v.templateId', 'v.versionNumber', 'v.name', 'v.definition', 'v.publishedAt', 'v.publishedBy', 'u.displayName'])
    .where('v.templateId', '=', templateId)
    .where('v.versionNumber', '=', versionNumber)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    templateId: row.templateId,
    versionNumber: row.versionNumber,
    name: row.name,
    definition: parseDefinition(row.definition),
    publishedAt: row.publishedAt,
    publishedBy: userRef(row.publishedBy, row.displayName),
  };
}

/**
 * The version a new job takes: the latest published one. Undefined when the template does not
 * exist, was never published, or is archived (unless `includeArchived`: jobs already on it keep it).
 */
export async function latestPublishedVersion(
  db: Db,
  templateId: string,
  options: { includeArchived?: boolean } = {},
): Promise<ReportTemplateVersion | undefined> {
  const row = await db.selectFrom('reportTemplates').select(['status', 'currentVersion']).where('id', '=', templateId).executeTakeFirst();
  if (!row || row.currentVersion === null) return undefined;
  if (row.status === 'archived' && !options.includeArchived) return undefined;
  return findVersion(db, templateId, row.currentVersion);
}

/**
 * Sorted by name ignoring case and accents, searched anywhere in the name. Administrators make
 * templates by hand (tens, not thousands), and SQL cannot fold accents the same way on SQLite and
 * PostgreSQL: names are sorted here, and the cursor is still a keyset ([folded name, id]).
 */
export async function listTemplates(db: Db, query: ListQuery): Promise<Page<ReportTemplateSummary>> {
  let names = db.selectFrom('reportTemplates').select(['id', 'name']);
  if (query.status) names = names.where('status', '=', query.status);
  const term = query.q ? searchForm(query.q) : '';
  const keyed = (await names.execute())
    .map((r) => ({ id: r.id, key: searchForm(r.name) }))
    .filter((r) => r.key.includes(term))
    .sort((a, b) => compareKeys([a.key, a.id], [b.key, b.id]));

  let start = 0;
  if (query.cursor) {
    const after = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    start = keyed.findIndex((r) => compareKeys([r.key, r.id], after) > 0);
    if (start < 0) start = keyed.length;
  } else if (query.offset) {
    start = query.offset;
  }
  const page = keyed.slice(start, start + query.limit);
  const more = start + query.limit < keyed.length;
  const last = page.at(-1);

  const rows = page.length === 0 ? [] : await db.selectFrom('reportTemplates').selectAll().where('id', 'in', page.map((r) => r.id)).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = await summarize(db, page.flatMap((r) => byId.get(r.id) ?? []));
  return { items, total: keyed.length, nextCursor: more && last ? encodeCursor([last.key, last.id]) : null };
}

/** By code point, like the keyset cursors of the other lists. */
function compareKeys(a: readonly (string | number | null)[], b: readonly (string | number | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = String(a[i]);
    const y = String(b[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Summaries for some template rows, in their order: a handful of queries whatever the number of rows. */
async function summarize(db: Db, rows: TemplateRow[]): Promise<ReportTemplateSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const editorIds = [...new Set(rows.flatMap((r) => (r.updatedBy ? [r.updatedBy] : [])))];
  const editors = editorIds.length
    ? await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', editorIds).execute()
    : [];
  const jobCounts = await db
    .selectFrom('jobs')
    .select(['templateId', (eb) => eb.fn.countAll().as('n')])
    .where('templateId', 'in', ids)
    .groupBy('templateId')
    .execute();
  const latest = await db
    .selectFrom('reportTemplateVersions as v')
    .innerJoin('reportTemplates as t', (join) =>
      join.onRef('t.id', '=', 'v.templateId').onRef('t.currentVersion', '=', 'v.versionNumber'),
    )
    .select(['v.templateId', 'v.name', 'v.definition'])
    .where('t.id', 'in', ids)
    .execute();
  const jobTypes = await db
    .selectFrom('jobTypes')
    .select(['code', 'defaultTemplateId'])
    .where('defaultTemplateId', 'in', ids)
    .orderBy('code')
    .execute();
  const { defaultTemplateId } = await readSettings(db);

  const editorName = new Map(editors.map((u) => [u.id, u.displayName]));
  const jobCount = new Map(jobCounts.map((c) => [c.templateId, Number(c.n)]));
  const latestVersion = new Map(latest.map((v) => [v.templateId, v]));
  return rows.map((row) => {
    const draft = parseDefinition(row.draft);
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      status: row.status,
      currentVersion: row.currentVersion,
      familyCount: draft.families.length,
      fieldCount: fieldCountOf(draft),
      jobCount: jobCount.get(row.id) ?? 0,
      hasUnpublishedChanges: !sameAsVersion(row, latestVersion.get(row.id)),
      isDefault: defaultTemplateId === row.id,
      jobTypeDefaults: jobTypes.filter((j) => j.defaultTemplateId === row.id).map((j) => j.code),
      updatedAt: row.updatedAt,
      updatedBy: userRef(row.updatedBy, row.updatedBy ? editorName.get(row.updatedBy) : null),
    };
  });
}

function userRef(id: string | null, displayName: string | null | undefined): UserRef | null {
  return id ? { id, displayName: displayName ?? '' } : null;
}
