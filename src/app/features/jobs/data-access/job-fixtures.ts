import type { JobDetail } from '@contract/jobs';
import type { JobSummary } from '@contract/jobs-list';

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

/** The full job as `GET /api/jobs/:id` answers it (specs only). */
export function jobDetail(overrides: Partial<JobDetail> = {}): JobDetail {
  return {
    id: 'j-1',
    number: 'J-000001',
    status: 'started',
    customer: { id: 'c-1', code: 'C-0001', name: 'Boulangerie Martin' },
    site: null,
    contact: null,
    description: 'Boiler service',
    plannedStart: '2026-11-26T08:00:00.000Z',
    plannedEnd: '2026-11-26T10:00:00.000Z',
    actualStart: '2026-11-26T08:05:00.000Z',
    actualEnd: null,
    pausedAt: null,
    workedSeconds: 3900,
    jobType: null,
    template: { id: 't-1', name: 'Boiler service', version: 2 },
    templateDefinition: null,
    technicians: [
      { userId: 'u-7', name: 'Théo Martin', role: 'manager' },
      { userId: 'u-8', name: 'Inès Roux', role: 'auxiliary' },
    ],
    customFields: {},
    declineReason: null,
    declinedAt: null,
    proposedStart: null,
    cancelReason: null,
    completedAt: null,
    validatedAt: null,
    createdFrom: 'console',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-26T09:05:00.000Z',
    version: 5,
    allowedActions: [],
    report: {
      answers: [],
      reserves: [],
      attachments: [],
      signatures: [],
      items: [],
      takeBacks: [],
      totals: {} as JobDetail['report']['totals'],
    },
    ...overrides,
  };
}
