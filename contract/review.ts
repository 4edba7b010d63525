import { z } from 'zod';
import { GridLimit, Id, IsoDateTime, PageQuery, SafeText, pageOf, searchQuery } from './common';
import { Signer } from './job-report';

/**
 * Review of returned jobs (issue 8): the queue of completed jobs waiting for a manager, its count
 * for the navigation badge, keyboard neighbours, and correcting an answer from the office.
 * Validate and reopen are the jobs API's `POST /api/jobs/:id/validate` and `/reopen`.
 */

/** GET /api/review/queue — always oldest returned first (completedAt asc, then id). */
export const ReviewQueueQuery = z.strictObject({
  technicianId: Id.optional().describe('Jobs where this user is the manager or an auxiliary'),
  customerId: Id.optional(),
  hasOpenReserves: z.literal('true').optional().describe('Only jobs with unresolved reserves'),
  missingSignatures: z.literal('true').optional().describe('Only jobs missing the customer or technician signature'),
  takeBacksToCheck: z
    .literal('true')
    .optional()
    .describe('Only jobs with a take-back of a serial recorded somewhere else that the office has not settled (the "Take-backs to check" quick view)'),
  q: searchQuery('Job number prefix'),
  limit: GridLimit,
  cursor: PageQuery.shape.cursor,
});
export type ReviewQueueQuery = z.input<typeof ReviewQueueQuery>;

export const ReviewQueueItem = z.object({
  id: Id,
  number: z.string(),
  customerName: z.string(),
  siteCity: z.string().nullable(),
  managerName: z.string().nullable(),
  completedAt: IsoDateTime,
  workedSeconds: z.number().int(),
  /** Planned end − planned start, null when the job was not dated. */
  plannedSeconds: z.number().int().nullable(),
  openReserves: z.number().int(),
  /** The signers (customer and/or technician) who have not signed. */
  missingSignatures: z.array(Signer),
  /** Take-backs of a serial recorded somewhere else that the office has not settled yet (issue 14 §1). */
  openTakeBackDiscrepancies: z.number().int(),
  totalExclTaxCents: z.number().int(),
  currency: z.string(),
  version: z.number().int(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;

export const ReviewQueuePage = pageOf(ReviewQueueItem);
export type ReviewQueuePage = z.infer<typeof ReviewQueuePage>;

/**
 * GET /api/review/count — completed jobs waiting for review (the navigation badge), and how many of
 * them have a take-back to check (the count beside the queue's quick view).
 */
export const ReviewCount = z.object({ count: z.number().int(), takeBacksToCheck: z.number().int() });
export type ReviewCount = z.infer<typeof ReviewCount>;

/** GET /api/review/neighbours/:number — job numbers before and after in queue order. */
export const ReviewNeighboursParams = z.strictObject({ number: z.string().trim().min(1).max(40) });
export type ReviewNeighboursParams = z.infer<typeof ReviewNeighboursParams>;

export const ReviewNeighbours = z.object({
  previous: z.string().nullable(),
  next: z.string().nullable(),
});
export type ReviewNeighbours = z.infer<typeof ReviewNeighbours>;

/**
 * PUT /api/jobs/:id/answers/:fieldId (admin, dispatcher; If-Match = job version; completed jobs only).
 * The value is checked against the field of the job's pinned template version; a hidden field → 422.
 * Answers the fresh JobDetail with its ETag.
 */
export const AnswerCorrectionInput = z.strictObject({
  value: z.unknown().refine((value) => value !== undefined && value !== null, { message: 'Required' }),
  comment: SafeText(2000).nullable().optional().describe('Absent: the comment is kept; null: removed'),
  reason: SafeText(1000).optional().describe('Why the office corrected it (kept in the history)'),
});
export type AnswerCorrectionInput = z.input<typeof AnswerCorrectionInput>;

export const AnswerCorrectionParams = z.strictObject({ id: Id, fieldId: Id });
export type AnswerCorrectionParams = z.infer<typeof AnswerCorrectionParams>;

/** GET /api/jobs/:id/report.pdf — no query. */
export const ReportPdfParams = z.strictObject({ id: Id });
export type ReportPdfParams = z.infer<typeof ReportPdfParams>;
