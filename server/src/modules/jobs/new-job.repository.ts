import type { Insertable, Kysely } from 'kysely';
import { formatJobNumber, type JobStatus } from '@contract';
import type { Database, JobsTable } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { nowIso } from '../../shared/clock';
import { nextCounter } from '../../shared/counters';
import { writeJobEvent, type EventSource, type JobRow } from '../job-lifecycle';
import { highestJobNumber, JOB_NUMBER_COUNTER } from '../settings';
import { writeTeam, type JobTeam } from './jobs.repository';
import { searchTextOfJob } from '../../platform/job-search';
import { isPlannable } from './jobs.rules';

/** Status of a new job: the pool until it has a manager and dates, then draft or scheduled as asked. */
export function statusOfNewJob(job: { managerId: string | null; plannedStart: string | null; plannedEnd: string | null }, schedule: 'draft' | 'scheduled'): JobStatus {
  if (!isPlannable(job)) return 'created';
  return schedule;
}

/** A unique, sequential job number; the counter row serializes concurrent creations. */
export async function nextJobNumber(trx: Kysely<Database>, prefix: string): Promise<{ number: string; seq: number }> {
  const seq = await nextCounter(trx, JOB_NUMBER_COUNTER, () => highestJobNumber(trx));
  return { number: formatJobNumber(prefix, seq), seq };
}

/** What differs from one new job to another; the counters (worked time, reserves, total) start at zero. */
export type NewJob = Pick<
  Insertable<JobsTable>,
  'status' | 'customerId' | 'siteId' | 'contactId' | 'jobTypeId' | 'templateId' | 'templateVersion' | 'description' | 'plannedStart' | 'plannedEnd' | 'customFields'
> & { team: JobTeam };

export interface NewJobContext {
  settings: { jobNumberPrefix: string; currency: string };
  actor: Actor | null;
  source: EventSource;
  /** The new job's first history line: `created` unless it is a copy; its data says where it came from. */
  event?: { type: 'created' | 'duplicated'; data?: Record<string, unknown> };
}

/**
 * Writes a new job, the one way every use case creates one (console, app, duplicate, reserve
 * follow-up): the next job number, the row, its technicians, its first history line and its
 * search words. The caller checks the input, audits and publishes.
 */
export async function insertNewJob(trx: Kysely<Database>, job: NewJob, context: NewJobContext): Promise<JobRow> {
  const { settings, actor, source } = context;
  const { team, ...columns } = job;
  const { number, seq } = await nextJobNumber(trx, settings.jobNumberPrefix);
  const at = nowIso();
  const row = await trx
    .insertInto('jobs')
    .values({
      ...columns,
      id: crypto.randomUUID(),
      number,
      seq,
      managerId: team.managerId,
      workedSeconds: 0,
      openReserves: 0,
      totalExclTaxCents: 0,
      currency: settings.currency,
      searchText: await searchTextOfJob(trx, { number, description: job.description, customerId: job.customerId, siteId: job.siteId ?? null }),
      createdBy: actor?.id ?? null,
      createdFrom: source === 'field' ? 'field' : 'console',
      createdAt: at,
      updatedAt: at,
      version: 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeTeam(trx, row.id, team);
  const event = context.event ?? { type: 'created' };
  await writeJobEvent(trx, { jobId: row.id, type: event.type, toStatus: row.status, actorId: actor?.id ?? null, source, data: event.data, occurredAt: at });
  return row;
}
