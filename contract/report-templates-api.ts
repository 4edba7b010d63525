import { z } from 'zod';
import { Id, IsoDateTime, PageQuery, SafeText, pageOf, searchQuery } from './common';
import { TemplateDefinition } from './report-template';

export * from './rules/report-templates-api';

/** HTTP shapes of /api/report-templates and /api/job-types. */
export const ReportTemplateStatus = z.enum(['draft', 'published', 'archived']).describe('draft = never published');
export type ReportTemplateStatus = z.infer<typeof ReportTemplateStatus>;

export const UserRef = z.object({ id: Id, displayName: z.string() });
export type UserRef = z.infer<typeof UserRef>;

export const ReportTemplateSummary = z.object({
  id: Id,
  name: z.string(),
  description: z.string().nullable(),
  status: ReportTemplateStatus,
  currentVersion: z.number().int().nullable().describe('Latest published version number, null before the first publish'),
  familyCount: z.number().int().describe('Of the draft'),
  fieldCount: z.number().int().describe('Of the draft'),
  jobCount: z.number().int().describe('Jobs using any version of this template'),
  hasUnpublishedChanges: z.boolean().describe('The draft (or name) differs from the latest version; true before the first publish'),
  isDefault: z.boolean().describe('The global default template (settings.defaultTemplateId)'),
  jobTypeDefaults: z.array(z.string()).describe('Codes of the job types using it as their default'),
  updatedAt: IsoDateTime,
  updatedBy: UserRef.nullable(),
});
export type ReportTemplateSummary = z.infer<typeof ReportTemplateSummary>;

export const ReportTemplateVersionInfo = z.object({
  versionNumber: z.number().int(),
  publishedAt: IsoDateTime,
  publishedBy: UserRef.nullable(),
});
export type ReportTemplateVersionInfo = z.infer<typeof ReportTemplateVersionInfo>;

export const ReportTemplate = ReportTemplateSummary.extend({
  draft: TemplateDefinition,
  version: z.number().int().describe('Optimistic lock: send it back in If-Match'),
  versions: z.array(ReportTemplateVersionInfo).describe('Newest first'),
  createdAt: IsoDateTime,
});
export type ReportTemplate = z.infer<typeof ReportTemplate>;

export const ReportTemplateVersion = z.object({
  templateId: Id,
  versionNumber: z.number().int(),
  name: z.string(),
  definition: TemplateDefinition,
  publishedAt: IsoDateTime,
  publishedBy: UserRef.nullable(),
});
export type ReportTemplateVersion = z.infer<typeof ReportTemplateVersion>;

const TemplateName = SafeText(120).min(1);
const TemplateDescription = SafeText(1000).nullable();

export const CreateReportTemplate = z.strictObject({
  name: TemplateName,
  description: TemplateDescription.optional(),
  draft: TemplateDefinition.optional().describe('Defaults to { families: [] }'),
});
export type CreateReportTemplate = z.input<typeof CreateReportTemplate>;

export const SaveReportTemplate = z.strictObject({
  name: TemplateName,
  description: TemplateDescription,
  draft: TemplateDefinition,
});
export type SaveReportTemplate = z.input<typeof SaveReportTemplate>;

export const ReportTemplateListQuery = PageQuery.extend({
  status: ReportTemplateStatus.optional(),
  q: searchQuery('Part of the name, ignoring case and accents'),
});
export type ReportTemplateListQuery = z.input<typeof ReportTemplateListQuery>;

export const ReportTemplatePage = pageOf(ReportTemplateSummary);
export type ReportTemplatePage = z.infer<typeof ReportTemplatePage>;

export const JobType = z.object({
  id: Id,
  code: z.string(),
  nameEn: z.string(),
  nameFr: z.string(),
  defaultTemplateId: Id.nullable(),
  version: z.number().int().describe('Send it back in If-Match when changing the default'),
});
export type JobType = z.infer<typeof JobType>;

export const JobTypeList = z.object({ items: z.array(JobType) });
export type JobTypeList = z.infer<typeof JobTypeList>;

export const SetJobTypeDefault = z.strictObject({ defaultTemplateId: Id.nullable() });
export type SetJobTypeDefault = z.infer<typeof SetJobTypeDefault>;

/**
 * One problem of a 400 `invalid_template` (`details.issues`): the issue shape of `invalid_input`
 * (`path` is a dot path from the body root, e.g. `draft.families.0.fields.2.label`) plus the
 * same path as segments and the `TemplateProblemCode`, so the designer can point at the field.
 */
export const InvalidTemplateIssue = z.object({
  in: z.literal('body'),
  path: z.string(),
  segments: z.array(z.union([z.string(), z.number()])).describe("From the body root: ['draft', 'families', 0, …]"),
  message: z.string(),
  code: z.string(),
});
export type InvalidTemplateIssue = z.infer<typeof InvalidTemplateIssue>;
