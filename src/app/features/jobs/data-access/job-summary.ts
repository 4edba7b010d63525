import type { JobDetail } from '@contract/jobs';
import type { JobSummary } from '@contract/jobs-list';

/** A grid row from the full job (a live refresh reads `GET /api/jobs/:id`, the row shape is the list's). */
export function summaryOf(job: JobDetail): JobSummary {
  const manager = job.technicians.find((t) => t.role === 'manager') ?? null;
  return {
    id: job.id,
    number: job.number,
    status: job.status,
    plannedStart: job.plannedStart,
    plannedEnd: job.plannedEnd,
    customerId: job.customer.id,
    customerName: job.customer.name,
    siteCity: job.site?.city ?? null,
    managerId: manager?.userId ?? null,
    managerName: manager?.name ?? null,
    auxiliaryNames: job.technicians.filter((t) => t.role === 'auxiliary').map((t) => t.name),
    templateName: job.template?.name ?? null,
    workedSeconds: job.workedSeconds,
    openReserves: job.report.reserves.filter((r) => r.status === 'unresolved').length,
    updatedAt: job.updatedAt,
    version: job.version,
    completedAt: job.completedAt,
    declinedAt: job.declinedAt,
    declineReason: job.declineReason,
    declinedByName: null, // not in the job's detail; a declined job leaves the queue once rescheduled anyway
    proposedStart: job.proposedStart,
  };
}

/** Still waiting in the declined queue: back in the pool with a decline on record. */
export function isDeclined(job: Pick<JobSummary, 'status' | 'declinedAt'>): boolean {
  return job.status === 'created' && job.declinedAt !== null;
}
