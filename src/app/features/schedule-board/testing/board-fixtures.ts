import type { BoardJob, JobBoard } from '@contract';

/** An instant on Thursday 26 November 2026 (another day of that month when told), local time. */
export const boardIso = (hour: number, minute = 0, date = 26) => new Date(2026, 10, date, hour, minute).toISOString();

/** A scheduled job of Anne's, 9:00 to 10:00 on the 26th. */
export function boardJob(id: string, overrides: Partial<BoardJob> = {}): BoardJob {
  return {
    id,
    number: `J-${id}`,
    status: 'scheduled',
    plannedStart: boardIso(9),
    plannedEnd: boardIso(10),
    managerId: 't-anne',
    auxiliaryIds: [],
    customerName: 'Boulangerie Martin',
    siteCity: 'Lyon',
    version: 1,
    ...overrides,
  };
}

/** The board of two technicians, Anne and Bruno, with these jobs planned and these in the pool. */
export function jobBoard(jobs: BoardJob[], pool: BoardJob[] = []): JobBoard {
  return {
    technicians: [
      { id: 't-anne', name: 'Anne Dupont' },
      { id: 't-bruno', name: 'Bruno Petit' },
    ],
    jobs,
    pool,
    poolTotal: pool.length,
  };
}
