import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { JobSummary } from '@contract';
import type { Database } from '../../db/database';
import { csvExport } from '../../shared/csv-export';
import { protectFormula } from '../catalog';
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

/** The jobs of the grid's filters, view and sort as CSV, streamed a keyset page at a time. */
export function exportJobsCsv(db: Kysely<Database>, filters: JobFilters): Readable {
  return csvExport(allJobs(db, filters), jobCsvColumns, csvRecord);
}
