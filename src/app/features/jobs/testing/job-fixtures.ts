import type { JobDetail } from '@contract/jobs';
import type { JobSummary } from '@contract/jobs-list';
import { jobDetail as anyJobDetail } from '../../../../testing/job-fixtures';

/** A grid row as the API sends it (specs only). */
export function jobSummary(n: number, overrides: Partial<JobSummary> = {}): JobSummary {
  return {
    id: `j-${n}`,
    number: `J-${String(n).padStart(6, '0')}`,
    status: 'scheduled',
    plannedStart: '2026-11-26T08:00:00.000Z',
    plannedEnd: '2026-11-26T10:00:00.000Z',
    customerId: 'c-1',
    customerName: `Customer ${n}`,
    siteCity: 'Lyon',
    managerId: 'u-7',
    managerName: 'Théo Martin',
    auxiliaryNames: [],
    templateName: 'Boiler service',
    workedSeconds: 0,
    openReserves: 0,
    updatedAt: '2026-11-26T07:00:00.000Z',
    version: 1,
    completedAt: null,
    declinedAt: null,
    declineReason: null,
    declinedByName: null,
    proposedStart: null,
    ...overrides,
  };
}

/** The full job as `GET /api/jobs/:id` answers it, with the grid rows' people (Théo Martin leads, Inès Roux helps). */
export function jobDetail(overrides: Partial<JobDetail> = {}): JobDetail {
  return anyJobDetail({
    id: 'j-1',
    number: 'J-000001',
    status: 'started',
    technicians: [
      { userId: 'u-7', name: 'Théo Martin', role: 'manager' },
      { userId: 'u-8', name: 'Inès Roux', role: 'auxiliary' },
    ],
    version: 5,
    ...overrides,
  });
}
