import type { BoardJob } from '@contract';

/** A scheduled job on the board, as the board's answer carries it. */
export const job: BoardJob = {
  id: 'j-1',
  number: 'J-000101',
  status: 'scheduled',
  plannedStart: '2026-11-26T08:00:00.000Z',
  plannedEnd: '2026-11-26T09:30:00.000Z',
  managerId: 't-anne',
  auxiliaryIds: [],
  customerName: 'Boulangerie Martin',
  siteCity: 'Lyon',
  version: 4,
};
