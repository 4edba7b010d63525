import type { Insertable, Kysely } from 'kysely';
import type { JobAction } from '@contract';
import type { Database, JobsTable } from '../src/db/database';
import { transitionJob } from '../src/modules/job-lifecycle';
import { inUnitOfWork } from '../src/plugins/unit-of-work';

type JobRowInput = Partial<Insertable<JobsTable>> & Pick<Insertable<JobsTable>, 'customerId' | 'status'>;

/** A job row for tests that write straight into the database: a fresh number, empty counters, made in the console now. */
export function jobRow(values: JobRowInput): Insertable<JobsTable> {
  const seq = values.seq ?? Math.floor(Math.random() * 1_000_000_000);
  const at = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    number: `J-T${seq}`,
    seq,
    description: '',
    workedSeconds: 0,
    openReserves: 0,
    totalExclTaxCents: 0,
    currency: 'EUR',
    customFields: '{}',
    searchText: '',
    createdFrom: 'console',
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...values,
  };
}

/**
 * Moves a job through these actions of the state machine straight away, as its technicians would
 * (no report checks: the end is forced); answers the job's last version.
 */
export async function forceTransitions(db: Kysely<Database>, jobId: string, actions: readonly JobAction[]): Promise<number> {
  let version = 0;
  for (const action of actions) {
    version = (await inUnitOfWork(db, (uow) => transitionJob(uow, { jobId, action, actor: null, source: 'field' }))).job.version;
  }
  return version;
}
