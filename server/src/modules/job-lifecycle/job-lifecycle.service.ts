import type { Kysely, Selectable, Updateable } from 'kysely';
import { JOB_TRANSITIONS, canTransition, type JobAction, type JobStatus } from '@contract';
import type { Database, JobsTable } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import type { UnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { isPostgres } from '../../shared/dialect';
import { timeOrderedId } from '../../shared/ids';
import { diff } from '../../shared/diff';
import { AppError, conflict, notFound } from '../../shared/errors';
import { assertVersion } from '../../shared/versioning';

export type JobRow = Selectable<JobsTable>;
export type EventSource = 'console' | 'field' | 'system';

/** The job rows a unit of work has locked, as it last wrote them: a row is locked once per use case. */
const lockedJobs = new WeakMap<UnitOfWork, Map<string, JobRow>>();

/**
 * Reads a job and, on PostgreSQL, locks its row until the transaction ends (SQLite locks the whole
 * database on write). Locks on the first call of the use case; later calls reuse that row, kept
 * current by `rememberJob` after each write of it.
 */
export async function lockJob(uow: UnitOfWork, jobId: string): Promise<JobRow> {
  const known = lockedJobs.get(uow)?.get(jobId);
  if (known) return known;
  let query = uow.trx.selectFrom('jobs').selectAll().where('id', '=', jobId);
  if (isPostgres(uow.trx)) query = query.forUpdate();
  const job = await query.executeTakeFirst();
  if (!job) throw notFound('This job');
  return rememberJob(uow, job);
}

/** Keeps the locked row current after the use case wrote it (the row returned by the update). */
export function rememberJob(uow: UnitOfWork, job: JobRow): JobRow {
  const rows = lockedJobs.get(uow) ?? new Map<string, JobRow>();
  lockedJobs.set(uow, rows.set(job.id, job));
  return job;
}

export interface TransitionInput {
  jobId: string;
  action: JobAction;
  actor: Actor | null;
  source: EventSource;
  /** Console edits send the version they saw (If-Match); technician writes rely on idempotency keys. */
  expectedVersion?: number;
  /** Columns changed with the status (times, reasons, technicians' manager…). */
  patch?: Omit<Updateable<JobsTable>, 'id' | 'status' | 'version' | 'updatedAt'>;
  /** Stored with the job event (reason, proposed date, device…). */
  data?: Record<string, unknown>;
}

export interface TransitionResult {
  job: JobRow;
  from: JobStatus;
  /** False for the harmless repeat of a start. */
  changed: boolean;
}

/**
 * The one place where a job changes status: checks the contract's table (409 `invalid_transition`
 * with the current status), the version (412), then writes the job, its history event and the
 * audit row in the caller's unit of work, and publishes `job.status_changed` (`job.returned` on end).
 */
export async function transitionJob(uow: UnitOfWork, input: TransitionInput): Promise<TransitionResult> {
  const { trx } = uow;
  const before = await lockJob(uow, input.jobId);
  if (input.expectedVersion !== undefined) assertVersion(before.version, input.expectedVersion);
  const rule = JOB_TRANSITIONS[input.action];
  if (input.action === 'start' && before.status === 'started') {
    return { job: before, from: before.status, changed: false };
  }
  if (!canTransition(before.status, input.action)) throw invalidTransition(input.action, before.status);

  const at = nowIso();
  const updated = await trx
    .updateTable('jobs')
    .set({ ...input.patch, status: rule.to, updatedAt: at, version: before.version + 1 })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  // Only reachable on SQLite if someone wrote between our read and this update without a lock: refuse, never overwrite.
  if (!updated) throw conflict('concurrent_change', 'The job changed at the same time. Try again.');
  rememberJob(uow, updated);

  await writeJobEvent(trx, {
    jobId: before.id,
    type: rule.event,
    fromStatus: before.status,
    toStatus: rule.to,
    actorId: input.actor?.id ?? null,
    source: input.source,
    data: input.data ?? {},
    occurredAt: at,
  });
  uow.audit({
    actor: input.actor,
    action: input.action,
    entityType: 'job',
    entityId: before.id,
    // The columns changed with the status (e.g. a description edited in the same request) are audited too.
    changes: diff(before, updated, [...new Set([...TRACKED, ...(Object.keys(input.patch ?? {}) as (keyof JobRow)[])])]),
  });
  await announceTransition(uow, updated, before.status);
  return { job: updated, from: before.status, changed: true };
}

/** The live event of a status change (`job.returned` on end). */
async function announceTransition(uow: UnitOfWork, job: JobRow, from: JobStatus): Promise<void> {
  const customer = await uow.trx.selectFrom('customers').select('name').where('id', '=', job.customerId).executeTakeFirst();
  // `jobNumber` and `customerName` are what the console's alerts show (core/live-events).
  const payload = { jobId: job.id, number: job.number, jobNumber: job.number, customerName: customer?.name ?? '', from, to: job.status, version: job.version };
  if (job.status === 'completed') {
    uow.publish('job.returned', payload);
  } else {
    uow.publish('job.status_changed', payload);
  }
}

/** A job's planned and actual times as every job answer shows them (console detail, app detail). */
export function jobTimes(job: JobRow) {
  const { plannedStart, plannedEnd, actualStart, actualEnd, pausedAt, workedSeconds } = job;
  return { plannedStart, plannedEnd, actualStart, actualEnd, pausedAt, workedSeconds };
}

export interface JobEventInput {
  jobId: string;
  type: string;
  fromStatus?: JobStatus | null;
  toStatus?: JobStatus | null;
  actorId: string | null;
  source: EventSource;
  data?: Record<string, unknown>;
  occurredAt?: string;
}

/** One line of the job's history (status changes and everything else: rescheduled, answer_changed…). */
export async function writeJobEvent(trx: Kysely<Database>, event: JobEventInput): Promise<void> {
  await trx
    .insertInto('jobEvents')
    .values({
      id: timeOrderedId(),
      jobId: event.jobId,
      type: event.type,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      actorId: event.actorId,
      source: event.source,
      data: JSON.stringify(event.data ?? {}),
      occurredAt: event.occurredAt ?? nowIso(),
    })
    .execute();
}

export function invalidTransition(action: JobAction, status: JobStatus): AppError {
  return conflict('invalid_transition', `A ${status.replace('_', ' ')} job cannot be changed this way (${action}).`, {
    action,
    currentStatus: status,
  });
}

const TRACKED: (keyof JobRow)[] = [
  'status',
  'managerId',
  'plannedStart',
  'plannedEnd',
  'actualStart',
  'actualEnd',
  'pausedAt',
  'workedSeconds',
  'declineReason',
  'proposedStart',
  'cancelReason',
  'completedAt',
  'validatedAt',
  'validatedBy',
];

