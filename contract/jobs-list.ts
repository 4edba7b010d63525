import { z } from 'zod';
import { GridLimit, Id, IsoDateTime, JobStatus, NamedRef, PageQuery, commaSeparated, gridPageOf, searchQuery } from './common';
import { JOB_BOARD_MAX_DAYS, jobListSorts, jobListViews } from './rules/jobs-list';

export * from './rules/jobs-list';

export const JobListView = z.enum(jobListViews);
export type JobListView = z.infer<typeof JobListView>;

export const JobListSort = z.enum(jobListSorts);
export type JobListSort = z.infer<typeof JobListSort>;

const statusList = commaSeparated(2000).pipe(z.array(JobStatus).min(1).max(JobStatus.options.length));
const idList = (max: number) => commaSeparated(2000).pipe(z.array(Id).min(1).max(max));

/** Filters shared by the list and its CSV export. */
export const JobListFilters = z.strictObject({
  status: statusList
    .optional()
    .describe('Comma-separated statuses, e.g. `scheduled,started`'),
  technicianId: Id.optional().describe('Jobs where this user is the manager or an auxiliary'),
  customerId: Id.optional(),
  from: IsoDateTime.optional().describe('Planned start at or after'),
  to: IsoDateTime.optional().describe('Planned start before'),
  hasOpenReserves: z.literal('true').optional().describe('Only jobs with unresolved reserves'),
  q: searchQuery('Number prefix, customer name prefix or description words'),
  view: JobListView.optional().describe(
    "today: planned start within the server's current day in UTC; pool: created; drafts: draft; declined: created and declined; late: planned end passed, not completed/validated/cancelled; awaiting_review: completed",
  ),
  sort: JobListSort.optional().describe(
    "Default: the view's order (today, drafts, late: plannedStart asc; pool: number desc; declined: declinedAt desc; awaiting_review: completedAt asc), else plannedStart desc. Undated rows come last",
  ),
  dir: z.enum(['asc', 'desc']).optional().describe('Default: asc for plannedStart, desc for the others'),
});

export const JobListQuery = JobListFilters.extend({
  limit: GridLimit,
  cursor: PageQuery.shape.cursor,
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('A scrollbar jump: the row to start at, anywhere in the list (a deep one lands about there, past the end on the last rows); then read on by cursor'),
});
export type JobListQuery = z.input<typeof JobListQuery>;

export const JobExportQuery = JobListFilters;
export type JobExportQuery = z.input<typeof JobExportQuery>;

/** A job as every list line of jobs begins: the grid, the board, the technician's list. */
export const JobHeading = z.object({
  id: Id,
  number: z.string(),
  status: JobStatus,
  plannedStart: IsoDateTime.nullable(),
  plannedEnd: IsoDateTime.nullable(),
});

/** One row of the jobs grid. */
export const JobSummary = JobHeading.extend({
  customerId: Id,
  customerName: z.string(),
  siteCity: z.string().nullable(),
  managerId: Id.nullable(),
  managerName: z.string().nullable(),
  auxiliaryNames: z.array(z.string()),
  templateName: z.string().nullable(),
  workedSeconds: z.number().int(),
  openReserves: z.number().int(),
  updatedAt: IsoDateTime,
  version: z.number().int(),
  completedAt: IsoDateTime.nullable(),
  declinedAt: IsoDateTime.nullable(),
  declineReason: z.string().nullable(),
  declinedByName: z.string().nullable().describe('The technician who declined it (latest decline), when declined'),
  proposedStart: IsoDateTime.nullable(),
});
export type JobSummary = z.infer<typeof JobSummary>;

export const JobPage = gridPageOf(JobSummary);
export type JobPage = z.infer<typeof JobPage>;

export const JobBoardQuery = z
  .strictObject({
    from: IsoDateTime,
    to: IsoDateTime,
    technicianIds: idList(200).optional().describe('Comma-separated; default: every active technician'),
  })
  .refine((q) => q.from < q.to, { path: ['to'], message: 'Must be after from' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= JOB_BOARD_MAX_DAYS * 86_400_000, {
    path: ['to'],
    message: `At most ${JOB_BOARD_MAX_DAYS} days after from`,
  });
export type JobBoardQuery = z.input<typeof JobBoardQuery>;

export const BoardJob = JobHeading.extend({
  managerId: Id.nullable(),
  auxiliaryIds: z.array(Id),
  customerName: z.string(),
  siteCity: z.string().nullable(),
  version: z.number().int(),
});
export type BoardJob = z.infer<typeof BoardJob>;

export const JobBoard = z.object({
  technicians: z.array(NamedRef),
  /** Dated jobs of those technicians overlapping [from, to). */
  jobs: z.array(BoardJob),
  /** Status created, unassigned or undated, newest first, at most JOB_BOARD_POOL_LIMIT. */
  pool: z.array(BoardJob),
  poolTotal: z.number().int(),
});
export type JobBoard = z.infer<typeof JobBoard>;

export const JobOverlapsQuery = z
  .strictObject({
    technicianIds: idList(50),
    start: IsoDateTime,
    end: IsoDateTime,
    excludeJobId: Id.optional().describe('The job being edited'),
  })
  .refine((q) => q.start < q.end, { path: ['end'], message: 'Must be after start' });
export type JobOverlapsQuery = z.input<typeof JobOverlapsQuery>;

export const JobOverlap = z.object({
  technicianId: Id,
  technicianName: z.string(),
  jobId: Id,
  number: z.string(),
  plannedStart: IsoDateTime,
  plannedEnd: IsoDateTime,
});
export type JobOverlap = z.infer<typeof JobOverlap>;

export const JobOverlaps = z.object({ overlaps: z.array(JobOverlap) });
export type JobOverlaps = z.infer<typeof JobOverlaps>;
