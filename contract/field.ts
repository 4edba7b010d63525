import { z } from 'zod';
import { CursorPageQuery, Id, IsoDateTime, JobStatus, ReserveStatus, SafeText, TechnicianRole, pageOf } from './common';
import { JobContact, Site } from './customers';
import { JobAction } from './job-lifecycle';
import { JobAnswer, JobReport, JobReserve, JobTechnician } from './job-report';
import { JobHeading } from './jobs-list';
import { TemplateDefinition } from './report-template';

export * from './rules/field';

/**
 * Technician API, issue 7: the caller's jobs (GET /api/field/jobs, GET /api/field/jobs/:id), their
 * lifecycle (start, pause, resume, end, decline), report answers, reserves and job creation.
 * Photos and signatures: contract/attachments.ts; parts and take-backs: contract/field-invoicing.ts.
 * Every write carries an `Idempotency-Key` header.
 */

export const FieldJobListQuery = CursorPageQuery.extend({
  from: IsoDateTime.optional().describe('Planned end at or after; default: the start of today (UTC). Jobs in progress are always listed'),
  to: IsoDateTime.optional().describe('Planned start before'),
  status: z
    .union([JobStatus, z.array(JobStatus)])
    .optional()
    .describe('One or several statuses (repeat the parameter); created and draft never match'),
});
export type FieldJobListQuery = z.input<typeof FieldJobListQuery>;

export const FieldJobSummary = JobHeading.extend({
  customerName: z.string(),
  siteCity: z.string().nullable(),
  myRole: TechnicianRole,
  version: z.number().int(),
});
export type FieldJobSummary = z.infer<typeof FieldJobSummary>;

export const FieldJobPage = pageOf(FieldJobSummary);
export type FieldJobPage = z.infer<typeof FieldJobPage>;

export const FieldJobSite = Site.omit({ customerId: true }).extend({
  mapsUrl: z.string().describe('Opens the address (or the coordinates) in a maps application'),
});
export type FieldJobSite = z.infer<typeof FieldJobSite>;

export const FieldJobContact = JobContact;
export type FieldJobContact = z.infer<typeof FieldJobContact>;

/** The template version pinned on the job: the report is checked against it, never a newer one. */
export const FieldJobTemplate = z.object({
  id: Id,
  name: z.string(),
  version: z.number().int(),
  definition: TemplateDefinition,
});
export type FieldJobTemplate = z.infer<typeof FieldJobTemplate>;

export const FieldJobCustomField = z.object({
  key: z.string(),
  labelEn: z.string(),
  labelFr: z.string(),
  type: z.string(),
  value: z.unknown(),
});
export type FieldJobCustomField = z.infer<typeof FieldJobCustomField>;

export const FieldJobDetail = z.object({
  id: Id,
  number: z.string(),
  status: JobStatus,
  version: z.number().int(),
  plannedStart: IsoDateTime.nullable(),
  plannedEnd: IsoDateTime.nullable(),
  actualStart: IsoDateTime.nullable(),
  actualEnd: IsoDateTime.nullable(),
  pausedAt: IsoDateTime.nullable(),
  workedSeconds: z.number().int().describe('Time worked so far, pauses excluded (up to the last pause or the end)'),
  description: z.string(),
  jobType: z.object({ id: Id, code: z.string(), nameEn: z.string(), nameFr: z.string() }).nullable(),
  customer: z.object({ id: Id, code: z.string(), name: z.string() }),
  site: FieldJobSite.nullable(),
  contact: FieldJobContact.nullable(),
  technicians: z.array(JobTechnician).describe('Manager first'),
  myRole: TechnicianRole,
  template: FieldJobTemplate.nullable(),
  customFields: z.array(FieldJobCustomField).describe('Values with their labels, in the definitions order'),
  report: JobReport.describe('Office documents are in report.attachments (kind document)'),
  allowedActions: z.array(JobAction).describe('What the caller may do now (only the job manager may end or decline; decline only when the setting allows it)'),
  reopenReason: z.string().nullable().describe('Why the office reopened the job (latest reopen), or null'),
  onlineViewUrl: z
    .string()
    .describe("The job's online view for the customer (step 2.8): a read-only page opened without signing in; 404 once revoked or expired"),
});
export type FieldJobDetail = z.infer<typeof FieldJobDetail>;

const Comment = SafeText(2000);

export const FieldAnswerInput = z.strictObject({
  value: z.unknown().refine((value) => value !== undefined && value !== null, { message: 'Required' }),
  comment: Comment.nullable()
    .optional()
    .describe('Only when settings.reportCommentsEnabled (400 otherwise) and the field allows comments'),
});
export type FieldAnswerInput = z.infer<typeof FieldAnswerInput>;

export const FieldAnswerResult = z.object({
  answer: JobAnswer.nullable().describe('null after DELETE'),
  jobVersion: z.number().int(),
});
export type FieldAnswerResult = z.infer<typeof FieldAnswerResult>;

const ReserveDescription = SafeText(2000).min(1);

export const FieldReserveInput = z.strictObject({
  fieldId: Id,
  status: ReserveStatus,
  description: ReserveDescription,
});
export type FieldReserveInput = z.infer<typeof FieldReserveInput>;

export const FieldReservePatch = z
  .strictObject({ status: ReserveStatus, description: ReserveDescription })
  .partial()
  .refine((patch) => patch.status !== undefined || patch.description !== undefined, { message: 'Nothing to change' });
export type FieldReservePatch = z.infer<typeof FieldReservePatch>;

export const FieldReserveResult = z.object({ reserve: JobReserve, jobVersion: z.number().int() });
export type FieldReserveResult = z.infer<typeof FieldReserveResult>;

export const FieldDeclineInput = z.strictObject({
  reason: SafeText(1000).min(1),
  proposedStart: IsoDateTime.optional().describe('A new date the technician proposes; must be in the future'),
});
export type FieldDeclineInput = z.infer<typeof FieldDeclineInput>;

/** After a decline the job is back in the pool: the caller no longer sees it. */
export const FieldDeclineResult = z.object({
  id: Id,
  number: z.string(),
  status: JobStatus,
  version: z.number().int(),
  declineReason: z.string(),
  declinedAt: IsoDateTime,
  proposedStart: IsoDateTime.nullable(),
});
export type FieldDeclineResult = z.infer<typeof FieldDeclineResult>;

export const FieldJobCreateInput = z.strictObject({
  customerId: Id,
  siteId: Id,
  contactId: Id.optional(),
  description: SafeText(4000).min(1),
  plannedStart: IsoDateTime.optional(),
  plannedEnd: IsoDateTime.optional(),
  jobTypeId: Id.optional(),
  customFields: z.record(z.string(), z.unknown()).optional(),
});
export type FieldJobCreateInput = z.infer<typeof FieldJobCreateInput>;

/**
 * POST /api/field/jobs/:id/duplicate (source, step 1.2): with both dates the copy is scheduled with
 * the caller as its job manager; without dates it goes to the job pool, unassigned.
 */
export const FieldJobDuplicateInput = z
  .strictObject({ plannedStart: IsoDateTime.optional(), plannedEnd: IsoDateTime.optional() })
  .nullish()
  .describe('Both dates or neither (an empty body: to the pool)');
export type FieldJobDuplicateInput = z.infer<typeof FieldJobDuplicateInput>;
export const FieldJobCopy = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(['created', 'scheduled']).describe('created: in the job pool, for dispatch to plan'),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  assignedToYou: z.boolean().describe('true when scheduled with the caller as job manager: GET /api/field/jobs/:id reads it'),
});
export type FieldJobCopy = z.infer<typeof FieldJobCopy>;

/** details of the 422 `mandatory_fields_missing` answered by POST /jobs/:id/end. */
export const FieldMissingField = z.object({
  familyId: z.string(),
  familyLabel: z.string(),
  fieldId: z.string(),
  fieldLabel: z.string(),
});
export type FieldMissingField = z.infer<typeof FieldMissingField>;
export const FieldEndRefusal = z.object({ missingFields: z.array(FieldMissingField).describe('In template order') });
export type FieldEndRefusal = z.infer<typeof FieldEndRefusal>;

export const FieldJobParams = z.strictObject({ id: Id });
/** start, pause, resume, end: no body (or an empty object). */
export const FieldNoBody = z.strictObject({}).nullish();
export const FieldAnswerParams = z.strictObject({ id: Id, fieldId: Id });
export const FieldReserveParams = z.strictObject({ id: Id, rid: Id });
