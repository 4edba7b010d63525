import type { ReserveDetail, ReserveEvent, ReserveSummary } from '@contract/reserves';

/** Test data shaped like the API's answers. */
export function reserveSummary(overrides: Partial<ReserveSummary> = {}): ReserveSummary {
  return {
    id: 'r-1',
    status: 'unresolved',
    raisedAt: '2026-11-20T09:00:00.000Z',
    jobId: 'job-1',
    jobNumber: 'J-000123',
    customerId: 'c-1',
    customerName: 'Acme Heating',
    raisedById: 't-1',
    raisedByName: 'Tom Tech',
    familyLabel: 'Boiler',
    fieldLabel: 'Pressure',
    fieldId: 'f-1',
    description: 'Pressure too low',
    assigneeId: null,
    assigneeName: null,
    updatedAt: '2026-11-20T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function reserveEvent(overrides: Partial<ReserveEvent> = {}): ReserveEvent {
  return {
    id: 'ev-1',
    type: 'raised',
    fromStatus: null,
    toStatus: 'unresolved',
    comment: null,
    assigneeId: null,
    assigneeName: null,
    followUpJobId: null,
    followUpJobNumber: null,
    actorId: 't-1',
    actorName: 'Tom Tech',
    occurredAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

export function reserveDetail(overrides: Partial<ReserveDetail> = {}): ReserveDetail {
  return {
    ...reserveSummary(),
    answer: { fieldType: 'number', value: 0.4, comment: null, answeredByName: 'Tom Tech', answeredAt: '2026-11-20T08:55:00.000Z' },
    photos: [],
    followUpJob: null,
    job: { id: 'job-1', number: 'J-000123', status: 'completed' },
    events: [reserveEvent()],
    ...overrides,
  };
}
