import type { BoardJob } from '@contract';

/** One board day (Europe/Paris, 26 November 2026) as the board query sends it. */
export const boardQuery = { from: '2026-11-25T23:00:00.000Z', to: '2026-11-26T23:00:00.000Z' };

/** A job on Anne's line that morning; override what a test is about. */
export function boardJob(overrides: Partial<BoardJob> = {}): BoardJob {
  return {
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
    ...overrides,
  };
}
