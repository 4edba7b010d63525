import type { ReviewQueueItem } from '@contract';
import { type ReviewColumnLabels, reviewColumns } from './review-queue.columns';

const labels: ReviewColumnLabels = {
  number: 'Job',
  customer: 'Customer',
  technician: 'Technician',
  returned: 'Returned',
  worked: 'Worked',
  overrun: 'longer than planned',
  reserves: 'Reserves',
  openReserves: '{{count}} open reserves',
  signatures: 'Missing signatures',
  takeBacks: 'Take-backs',
  takeBacksToCheck: '{{count}} to check',
  missingSignature: { customer: 'Customer', technician: 'Technician' },
  total: 'Total',
};

const row = (openTakeBackDiscrepancies: number) => ({ openTakeBackDiscrepancies }) as ReviewQueueItem;

describe('review queue columns', () => {
  const column = reviewColumns(labels, 'en', () => 0).find((c) => c.colId === 'takeBacks')!;
  const render = (data?: ReviewQueueItem) => (column.cellRenderer as (p: { data?: ReviewQueueItem }) => HTMLElement | string)({ data });

  it('mark a job with take-backs to check, saying how many', () => {
    expect(column.headerName).toBe('Take-backs');
    const mark = render(row(2)) as HTMLElement;
    expect(mark.className).toBe('take-back-mark');
    expect(mark.textContent).toContain('2 to check');
    expect(mark.querySelector('.icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('leave the cell empty when there is none, and while the row loads', () => {
    expect(render(row(0))).toBe('');
    expect(render(undefined)).toBe('');
  });
});
