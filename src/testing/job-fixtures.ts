import type { JobStatus } from '@contract';
import { allowedActions, editableStatuses } from '@contract/rules';
import type { JobDetail, JobDetailAction } from '@contract/jobs';
import { customer } from './fixtures';

/** What the server offers per status: the state machine's console actions plus edit/reschedule/duplicate. */
export function serverActionsFor(status: JobStatus): JobDetailAction[] {
  const extra: JobDetailAction[] = editableStatuses.includes(status) ? ['edit', 'reschedule', 'duplicate'] : ['duplicate'];
  return [...allowedActions(status, 'console'), ...extra];
}

/** The fixture customer's main shop, as a job shows its site. */
function mainShop(): JobDetail['site'] {
  const { id, name, addressLine1, addressLine2, postalCode, city, country, accessNotes, latitude, longitude } = customer().sites[0]!;
  const mapsUrl = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}`;
  return { id, name, addressLine1, addressLine2, postalCode, city, country, accessNotes, mapsUrl };
}

/** A job as `GET /api/jobs/by-number` or `GET /api/jobs/:id` answers it (job-detail and review specs). */
export function jobDetail(overrides: Partial<JobDetail> = {}): JobDetail {
  const status = overrides.status ?? 'scheduled';
  return {
    id: 'job-1',
    number: 'J-000123',
    status,
    customer: { id: 'c-1', code: 'C-0001', name: 'Boulangerie Martin' },
    site: mainShop(),
    contact: { id: 'p-1', name: 'Jeanne Martin', phone: '+33 1 23 45 67 89', mobile: '06 12 34 56 78', email: 'jeanne@martin.test' },
    description: 'Boiler check',
    plannedStart: '2026-12-09T08:00:00.000Z',
    plannedEnd: '2026-12-09T10:00:00.000Z',
    actualStart: null,
    actualEnd: null,
    pausedAt: null,
    workedSeconds: 0,
    jobType: { id: 'jt-1', code: 'MAINT', name: 'Maintenance', nameEn: 'Maintenance', nameFr: 'Entretien' },
    template: { id: 't-1', name: 'Boiler', version: 2 },
    templateDefinition: { families: [] },
    technicians: [
      { userId: 'u-10', name: 'Tom Tech', role: 'manager' },
      { userId: 'u-11', name: 'Alice Aux', role: 'auxiliary' },
    ],
    customFields: {},
    declineReason: null,
    declinedAt: null,
    proposedStart: null,
    cancelReason: null,
    completedAt: null,
    validatedAt: null,
    createdFrom: 'console',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-21T09:00:00.000Z',
    version: 4,
    allowedActions: serverActionsFor(status),
    report: {
      answers: [],
      reserves: [],
      attachments: [],
      signatures: [],
      items: [],
      takeBacks: [],
      totals: { exclTaxCents: 0, taxCents: 0, inclTaxCents: 0, currency: 'EUR' },
    },
    ...overrides,
  };
}
