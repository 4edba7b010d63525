import { z } from 'zod';
import { Id, IsoDateTime, JobStatus, SafeText } from './common';
import { JobContact, Site } from './customers';
import { JobAction } from './job-lifecycle';
import { JobReport, JobTechnician } from './job-report';
import { TemplateDefinition } from './report-template';

/**
 * Creating, editing and moving a job through its life from the console (issue 6).
 * Every write carries `If-Match` (except create) and answers the fresh `JobDetail`.
 */

const Description = SafeText(4000);
const CustomFieldValues = z.record(z.string(), z.unknown());
const AuxiliaryIds = z.array(Id).max(20);

/** The planned end must come after the planned start (both present). */
function endAfterStart(value: { plannedStart?: string | null; plannedEnd?: string | null }, ctx: z.RefinementCtx): void {
  if (value.plannedStart && value.plannedEnd && value.plannedEnd <= value.plannedStart) {
    ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'The end must come after the start' });
  }
}

/** The manager cannot also be an auxiliary, and nobody is listed twice. */
function nobodyTwice(value: { managerId?: string | null; auxiliaryIds?: string[] }, ctx: z.RefinementCtx): void {
  const aux = value.auxiliaryIds ?? [];
  if (value.managerId && aux.includes(value.managerId)) {
    ctx.addIssue({ code: 'custom', path: ['auxiliaryIds'], message: 'The job manager cannot also be an auxiliary' });
  }
  if (new Set(aux).size !== aux.length) {
    ctx.addIssue({ code: 'custom', path: ['auxiliaryIds'], message: 'A technician is listed twice' });
  }
}

/** What the console wants to do with the schedule of a new job that has a manager and dates. */
export const JobScheduleMode = z.enum(['draft', 'scheduled']);
export type JobScheduleMode = z.infer<typeof JobScheduleMode>;

/**
 * POST /api/jobs. Status: no manager or no dates → created; `schedule: 'draft'` → draft; else scheduled.
 * `templateId` null/absent: the job type's default template, then the global default.
 * The description is mandatory when settings.jobDescriptionMandatory (422 otherwise).
 */
export const JobInput = z
  .strictObject({
    customerId: Id,
    siteId: Id,
    contactId: Id.nullable().default(null).describe("One of the customer's contacts"),
    description: Description.default(''),
    plannedStart: IsoDateTime.nullable().default(null),
    plannedEnd: IsoDateTime.nullable().default(null),
    jobTypeId: Id,
    templateId: Id.nullable().default(null),
    managerId: Id.nullable().default(null),
    auxiliaryIds: AuxiliaryIds.default([]),
    customFields: CustomFieldValues.default({}),
    schedule: JobScheduleMode.default('scheduled'),
  })
  .superRefine(endAfterStart)
  .superRefine(nobodyTwice);
export type JobInput = z.input<typeof JobInput>;

/**
 * PATCH /api/jobs/:id (If-Match). Only while the status is in `editableStatuses` (409 otherwise).
 * `templateId` only before the job starts; it re-pins the latest published version.
 * Removing the manager or a date of a scheduled job unassigns it (back to created).
 */
export const JobPatch = z
  .strictObject({
    siteId: Id,
    contactId: Id.nullable(),
    description: Description,
    plannedStart: IsoDateTime.nullable(),
    plannedEnd: IsoDateTime.nullable(),
    jobTypeId: Id,
    templateId: Id.nullable(),
    managerId: Id.nullable(),
    auxiliaryIds: AuxiliaryIds,
    customFields: CustomFieldValues,
  })
  .partial()
  .superRefine(endAfterStart)
  .superRefine(nobodyTwice);
export type JobPatch = z.input<typeof JobPatch>;

/** POST /:id/schedule: confirm the schedule (needs a manager and dates: 422 otherwise). */
export const JobScheduleInput = z.strictObject({});
export type JobScheduleInput = z.infer<typeof JobScheduleInput>;

/**
 * POST /:id/reschedule: the board's drag, and the declined queue's "reassign or reschedule".
 * A created job that gets a manager and dates becomes scheduled (draft when settings.draftMode).
 */
export const JobRescheduleInput = z
  .strictObject({
    plannedStart: IsoDateTime,
    plannedEnd: IsoDateTime,
    managerId: Id.nullable().optional(),
    auxiliaryIds: AuxiliaryIds.optional(),
  })
  .superRefine(endAfterStart)
  .superRefine(nobodyTwice);
export type JobRescheduleInput = z.infer<typeof JobRescheduleInput>;

export const JobCancelInput = z.strictObject({ reason: SafeText(1000).min(1) });
export type JobCancelInput = z.infer<typeof JobCancelInput>;

/** The reason is shown to the technicians in their app. */
export const JobReopenInput = z.strictObject({ reason: SafeText(1000).min(1) });
export type JobReopenInput = z.infer<typeof JobReopenInput>;

export const JobValidateInput = z.strictObject({});
export type JobValidateInput = z.infer<typeof JobValidateInput>;

/** Console actions beyond the state machine's. */
export const JobExtraAction = z.enum(['edit', 'reschedule', 'duplicate']);
export type JobExtraAction = z.infer<typeof JobExtraAction>;
export const JobDetailAction = z.union([JobAction, JobExtraAction]);
export type JobDetailAction = z.infer<typeof JobDetailAction>;

export const JobDetailSite = Site.omit({ customerId: true, latitude: true, longitude: true }).extend({
  /** A maps link for navigation (coordinates when known, else the address). */
  mapsUrl: z.string(),
});
export type JobDetailSite = z.infer<typeof JobDetailSite>;

export const JobDetailContact = JobContact;
export type JobDetailContact = z.infer<typeof JobDetailContact>;

/** GET /api/jobs/:id and /api/jobs/by-number/:number (with ETag), and the answer of every write. */
export const JobDetail = z.object({
  id: Id,
  number: z.string(),
  status: JobStatus,
  customer: z.object({ id: Id, code: z.string(), name: z.string() }),
  site: JobDetailSite.nullable(),
  contact: JobDetailContact.nullable(),
  description: z.string(),
  plannedStart: IsoDateTime.nullable(),
  plannedEnd: IsoDateTime.nullable(),
  actualStart: IsoDateTime.nullable(),
  actualEnd: IsoDateTime.nullable(),
  pausedAt: IsoDateTime.nullable(),
  workedSeconds: z.number().int(),
  /** `name` is the English name; the console picks `nameFr` in French. */
  jobType: z.object({ id: Id, code: z.string(), name: z.string(), nameEn: z.string(), nameFr: z.string() }).nullable(),
  template: z.object({ id: Id, name: z.string(), version: z.number().int() }).nullable(),
  templateDefinition: TemplateDefinition.nullable(),
  technicians: z.array(JobTechnician),
  customFields: z.record(z.string(), z.unknown()),
  declineReason: z.string().nullable(),
  declinedAt: IsoDateTime.nullable(),
  proposedStart: IsoDateTime.nullable(),
  cancelReason: z.string().nullable(),
  completedAt: IsoDateTime.nullable(),
  validatedAt: IsoDateTime.nullable(),
  createdFrom: z.enum(['console', 'field']),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
  /**
   * What the console may offer: allowedActions(status, 'console') plus edit/reschedule (planning
   * statuses) and duplicate. Endpoints: confirm_schedule → /schedule, cancel, validate, reopen →
   * their own; plan_draft and unassign happen through /reschedule (draft mode) and PATCH (removing
   * the manager or a date).
   */
  allowedActions: z.array(JobDetailAction),
  report: JobReport,
});
export type JobDetail = z.infer<typeof JobDetail>;
