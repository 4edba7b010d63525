import { z } from 'zod';
import { GridLimit, Id, IsoDateTime, JobRef, JobStatus, PageQuery, ReserveStatus, SafeText, commaSeparated, pageOf } from './common';
import { JobAttachment } from './job-report';
import { FieldType } from './report-template';
import { RESERVE_BULK_MAX, reserveAgeBuckets, reserveEventTypes, reserveListViews } from './rules/reserves';

export * from './rules/reserves';

/**
 * The supervisors' triage of reserves (issue 9): list, detail with history, status changes,
 * assignment, bulk changes, follow-up jobs and statistics. Technicians raise reserves through
 * the field API; this is the office side.
 */

export const ReserveListView = z.enum(reserveListViews);
export type ReserveListView = z.infer<typeof ReserveListView>;

const reserveStatusList = commaSeparated(200).pipe(z.array(ReserveStatus).min(1).max(ReserveStatus.options.length));

export const ReserveListQuery = z.strictObject({
  status: reserveStatusList.optional().describe('Comma-separated statuses, e.g. `unresolved,resolved`'),
  view: ReserveListView.optional().describe(
    'unresolved: status unresolved; mine: assigned to me; older_than_7_days: unresolved and raised more than 7 days ago',
  ),
  technicianId: Id.optional().describe('Raised by this technician'),
  customerId: Id.optional(),
  fieldId: z.string().trim().min(1).max(200).optional().describe("The template field's id"),
  assigneeId: Id.optional(),
  jobId: Id.optional(),
  sort: z.enum(['raisedAt']).optional().describe('The only sort: raisedAt (ties on id)'),
  dir: z.enum(['asc', 'desc']).optional().describe('Default desc (newest first)'),
  limit: GridLimit,
  cursor: PageQuery.shape.cursor,
});
export type ReserveListQuery = z.input<typeof ReserveListQuery>;

/** One row of the triage grid. */
export const ReserveSummary = z.object({
  id: Id,
  status: ReserveStatus,
  raisedAt: IsoDateTime,
  jobId: Id,
  jobNumber: z.string(),
  customerId: Id,
  customerName: z.string(),
  raisedById: Id,
  raisedByName: z.string(),
  familyLabel: z.string(),
  fieldLabel: z.string(),
  fieldId: z.string(),
  description: z.string(),
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type ReserveSummary = z.infer<typeof ReserveSummary>;

export const ReservePage = pageOf(ReserveSummary);
export type ReservePage = z.infer<typeof ReservePage>;

export const ReserveEventType = z.enum(reserveEventTypes);
export type ReserveEventType = z.infer<typeof ReserveEventType>;

/** One line of a reserve's history, oldest first. */
export const ReserveEvent = z.object({
  id: Id,
  type: ReserveEventType,
  fromStatus: ReserveStatus.nullable(),
  toStatus: ReserveStatus.nullable(),
  comment: z.string().nullable(),
  /** assigned: the new assignee (null = unassigned); follow_up: the new job. */
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  followUpJobId: Id.nullable(),
  followUpJobNumber: z.string().nullable(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  occurredAt: IsoDateTime,
});
export type ReserveEvent = z.infer<typeof ReserveEvent>;

export const ReserveEvents = z.object({ items: z.array(ReserveEvent) });
export type ReserveEvents = z.infer<typeof ReserveEvents>;

/** The field's answer on the job's report (null when not answered). */
export const ReserveFieldAnswer = z.object({
  fieldType: FieldType.nullable(),
  value: z.unknown(),
  comment: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: IsoDateTime.nullable(),
});
export type ReserveFieldAnswer = z.infer<typeof ReserveFieldAnswer>;

export const ReserveDetail = ReserveSummary.extend({
  answer: ReserveFieldAnswer,
  /** The job's photos; those answering the reserve's field (a photo field's answer) first. */
  photos: z.array(JobAttachment.extend({ answersField: z.boolean() })),
  followUpJob: JobRef.nullable(),
  job: z.object({ id: Id, number: z.string(), status: JobStatus }),
  events: z.array(ReserveEvent),
});
export type ReserveDetail = z.infer<typeof ReserveDetail>;

const Comment = SafeText(2000).min(1);

/** PATCH /api/reserves/:id (If-Match) → ReserveDetail. The assignee: an active supervisor or admin (422). */
export const ReservePatch = z
  .strictObject({
    status: ReserveStatus.optional(),
    comment: Comment.optional(),
    assigneeId: Id.nullable().optional(),
  })
  .refine((p) => p.status !== undefined || p.comment !== undefined || p.assigneeId !== undefined, {
    message: 'Give a status, a comment or an assignee',
  });
export type ReservePatch = z.input<typeof ReservePatch>;

/**
 * POST /api/reserves/bulk. No If-Match: the change applies to each reserve's current state.
 * `conflicts` lists reserves changed by someone else while the bulk was being written (the row's
 * version moved between read and write); they are left as they were. Unknown ids → 404.
 */
export const ReserveBulkInput = z
  .strictObject({
    ids: z.array(Id).min(1).max(RESERVE_BULK_MAX),
    status: ReserveStatus.optional(),
    assigneeId: Id.nullable().optional(),
    comment: Comment.optional(),
  })
  .refine((p) => p.status !== undefined || p.comment !== undefined || p.assigneeId !== undefined, {
    message: 'Give a status, a comment or an assignee',
  })
  .refine((p) => new Set(p.ids).size === p.ids.length, { path: ['ids'], message: 'A reserve is listed twice' });
export type ReserveBulkInput = z.input<typeof ReserveBulkInput>;

export const ReserveBulkResult = z.object({
  updated: z.number().int(),
  conflicts: z.array(z.object({ id: Id, currentVersion: z.number().int() })),
});
export type ReserveBulkResult = z.infer<typeof ReserveBulkResult>;

/**
 * POST /api/reserves/:id/follow-up-job: a new job for the reserve's customer, site, contact, job
 * type and template. 409 `follow_up_exists` when the reserve already has one.
 */
export const ReserveFollowUpInput = z
  .strictObject({
    plannedStart: IsoDateTime.optional(),
    plannedEnd: IsoDateTime.optional(),
    managerId: Id.optional(),
    description: SafeText(4000).optional().describe('Default: "Follow-up of reserve on <field>: <description>"'),
  })
  .refine((v) => !v.plannedStart || !v.plannedEnd || v.plannedEnd > v.plannedStart, {
    path: ['plannedEnd'],
    message: 'The end must come after the start',
  });
export type ReserveFollowUpInput = z.input<typeof ReserveFollowUpInput>;

export const ReserveFollowUpResult = z.object({ job: JobRef });
export type ReserveFollowUpResult = z.infer<typeof ReserveFollowUpResult>;

export const ReserveAgeBucket = z.enum(reserveAgeBuckets);
export type ReserveAgeBucket = z.infer<typeof ReserveAgeBucket>;

/** GET /api/reserves/stats. Weeks start on Monday (UTC). */
export const ReserveStats = z.object({
  /** The last 12 weeks, oldest first, the current week last. closed = resolved or compliant that week. */
  openedVsClosedByWeek: z.array(z.object({ weekStart: z.string(), opened: z.number().int(), closed: z.number().int() })),
  /** Unresolved reserves by age since raised. */
  openByAge: z.array(z.object({ bucket: ReserveAgeBucket, count: z.number().int() })),
  /** The 10 fields with most reserves raised in the last 90 days. */
  topFields: z.array(z.object({ fieldLabel: z.string(), familyLabel: z.string(), count: z.number().int() })),
});
export type ReserveStats = z.infer<typeof ReserveStats>;
