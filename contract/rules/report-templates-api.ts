/**
 * Error codes of these routes:
 * - 400 `invalid_template` (details.issues: InvalidTemplateIssue[]);
 * - 409 `template_archived` (save/publish an archived template), `nothing_to_publish` (draft = latest version),
 *   `template_not_archived` (restore), `template_is_default` (archive the global or a job type's default:
 *   choose another default first; details `{ global: boolean, jobTypes: string[] }`);
 * - 422 `template_not_published` (a default must be published and not archived).
 */
export const reportTemplateErrorCodes = [
  'invalid_template',
  'template_archived',
  'template_not_archived',
  'nothing_to_publish',
  'template_is_default',
  'template_not_published',
] as const;
export type ReportTemplateErrorCode = (typeof reportTemplateErrorCodes)[number];
