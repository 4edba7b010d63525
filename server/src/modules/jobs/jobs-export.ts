import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import type { JobSummary } from '@contract';
import type { Database } from '../../db/database';
import { protectFormula, CSV_DELIMITER } from '../catalog';
import type { JobFilters } from './jobs-list-filters';
import { allJobs } from './jobs-list.repository';

export const jobCsvColumns = [
  'number',
  'status',
  'planned_start',
  'planned_end',
  'customer',
  'site_city',
  'manager',
  'auxiliaries',
  'template',
  'worked_minutes',
  'open_reserves',
  'completed_at',
  'declined_at',
  'decline_reason',
  'proposed_start',
  'updated_at',
] as const;
type JobCsvColumn = (typeof jobCsvColumns)[number];

function csvRecord(job: JobSummary): Record<JobCsvColumn, string> {
  return {
    number: job.number,
    status: job.status,
    planned_start: job.plannedStart ?? '',
    planned_end: job.plannedEnd ?? '',
    customer: protectFormula(job.customerName),
    site_city: protectFormula(job.siteCity ?? ''),
    manager: protectFormula(job.managerName ?? ''),
    auxiliaries: protectFormula(job.auxiliaryNames.join(', ')),
    template: protectFormula(job.templateName ?? ''),
    worked_minutes: String(Math.round(job.workedSeconds / 60)),
    open_reserves: String(job.openReserves),
    completed_at: job.completedAt ?? '',
    declined_at: job.declinedAt ?? '',
    decline_reason: protectFormula(job.declineReason ?? ''),
    proposed_start: job.proposedStart ?? '',
    updated_at: job.updatedAt,
  };
}

/**
 * The jobs of the grid's filters, view and sort as CSV (UTF-8 with a BOM, `;` between cells, like
 * the catalog export), streamed a keyset page at a time: memory stays flat whatever the count,
 * and the stream's back-pressure paces the reads.
 */
export function exportJobsCsv(db: Kysely<Database>, filters: JobFilters): Readable {
  const records = Readable.from(
    (async function* () {
      for await (const job of allJobs(db, filters)) yield csvRecord(job);
    })(),
  );
  const csv = stringify({ header: true, columns: [...jobCsvColumns], delimiter: CSV_DELIMITER, bom: true, record_delimiter: 'windows' });
  records.on('error', (error) => csv.destroy(error));
  return records.pipe(csv);
}
