import type { ReviewQueueItem } from '@contract';
import type { IGetRowsParams } from 'ag-grid-community';
import { ReviewApi } from './review-api';
import { createReviewDatasource } from './review-datasource';
import { queueQuery } from './review-query';
import { apiTestBed } from '../../../../testing/api-test-bed';

const item = (n: number): ReviewQueueItem => ({
  id: `j-${n}`,
  number: `J-${n}`,
  customerName: 'Boulangerie Martin',
  siteCity: 'Paris',
  managerName: 'Tom Tech',
  completedAt: '2026-12-09T10:00:00.000Z',
  workedSeconds: 7800,
  plannedSeconds: 6300,
  openReserves: 1,
  missingSignatures: ['customer'],
  openTakeBackDiscrepancies: 0,
  totalExclTaxCents: 11500,
  currency: 'EUR',
  version: 3,
});

describe('review queue datasource', () => {
  const bed = apiTestBed(ReviewApi);

  function rows(startRow: number, endRow: number) {
    const result: { rows?: unknown[]; last?: number; failed?: boolean } = {};
    const params = {
      startRow,
      endRow,
      successCallback: (r: unknown[], last: number) => Object.assign(result, { rows: r, last }),
      failCallback: () => (result.failed = true),
    } as unknown as IGetRowsParams;
    return { params, result };
  }

  it('asks the queue with the filters, then the next block from the cursor, and reports the total', () => {
    const totals: number[] = [];
    const source = createReviewDatasource((q, limit, cursor) => bed.api.queue(q, limit, cursor), queueQuery({
      takeBacksToCheck: true, technicianId: 'u-1', customerId: null, hasOpenReserves: true, missingSignatures: false,
    }), { loaded: (t) => totals.push(t), failed: fail });

    const first = rows(0, 100);
    source.getRows(first.params);
    const req = bed.backend.expectOne((r) => r.url === '/api/review/queue');
    expect(req.request.params.get('technicianId')).toBe('u-1');
    expect(req.request.params.get('hasOpenReserves')).toBe('true');
    expect(req.request.params.get('takeBacksToCheck')).toBe('true');
    expect(req.request.params.has('customerId')).toBeFalse();
    expect(req.request.params.get('limit')).toBe('100');
    expect(req.request.params.has('cursor')).toBeFalse();
    req.flush({ items: Array.from({ length: 100 }, (_, i) => item(i)), total: 130, nextCursor: 'c-100' });
    expect(first.result.rows?.length).toBe(100);
    expect(first.result.last).toBe(130);

    const second = rows(100, 200);
    source.getRows(second.params);
    const next = bed.backend.expectOne((r) => r.url === '/api/review/queue');
    expect(next.request.params.get('cursor')).toBe('c-100');
    next.flush({ items: Array.from({ length: 30 }, (_, i) => item(100 + i)), total: 130, nextCursor: null });
    expect(second.result.last).toBe(130);
    expect(totals).toEqual([130, 130]);
  });

  it('says when the queue cannot be read', () => {
    const errors: number[] = [];
    const source = createReviewDatasource((q, limit, cursor) => bed.api.queue(q, limit, cursor), {}, { loaded: fail, failed: (e) => errors.push(e.status) });
    const first = rows(0, 100);
    source.getRows(first.params);
    bed.backend.expectOne((r) => r.url === '/api/review/queue').flush({ error: { code: 'server_error', message: 'x' } }, { status: 503, statusText: 'Down' });
    expect(first.result.failed).toBeTrue();
    expect(errors).toEqual([503]);
  });
});
