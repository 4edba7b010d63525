import type { Insertable } from 'kysely';
import type { JobsTable } from '../src/db/database';

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
