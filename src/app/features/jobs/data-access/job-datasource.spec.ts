import type { IDatasource } from 'ag-grid-community';
import { of, throwError } from 'rxjs';
import { fakeGridRoute, requestBlock } from '../../../../testing/grid-testing';
import { jobSummary } from '../testing/job-fixtures';
import type { ListTotal } from '../../../shared/util/offset-keyset-datasource';
import { createJobDatasource } from './job-datasource';
import { defaultJobQuery } from './job-query';
import type { JobPageRequest } from './jobs-api';

describe('createJobDatasource', () => {
  const query = { ...defaultJobQuery, view: 'late' as const, status: ['started' as const, 'paused' as const], sort: 'updatedAt' as const, dir: 'desc' as const };
  let requests: JobPageRequest[];

  const fetchPage = (request: JobPageRequest) => fakeGridRoute(jobSummary, requests)(request);
  // What ag-grid would send after a header click: the datasource obeys the query, not this.
  const getRows = (datasource: IDatasource, startRow: number) => requestBlock(datasource, startRow, { sortModel: [{ colId: 'number', sort: 'asc' }] });

  beforeEach(() => (requests = []));

  it('asks the API for the filters, view and sort of the query, then each next block by cursor', () => {
    const totals: ListTotal[] = [];
    const datasource = createJobDatasource(fetchPage, query, { loaded: (t) => totals.push(t), failed: fail });
    getRows(datasource, 0);
    getRows(datasource, 100);
    const filters = { view: 'late', status: 'started,paused', sort: 'updatedAt', dir: 'desc' };
    expect(requests).toEqual([
      { filters, limit: 100 },
      { filters, limit: 100, cursor: 'k100' },
    ]);
    // Only the first block counts: the next one keeps its total.
    expect(totals).toEqual([
      { count: 1000, estimate: false },
      { count: 1000, estimate: false },
    ]);
  });

  it('keeps the first block’s estimate for a deep jump, and lets the grid run on past it while rows go on', () => {
    const totals: ListTotal[] = [];
    const estimated = (request: JobPageRequest) => fakeGridRoute(jobSummary, requests, 700_000, true)(request);
    const datasource = createJobDatasource(estimated, query, { loaded: (t) => totals.push(t), failed: fail });
    expect(getRows(datasource, 0).successCallback).toHaveBeenCalledWith(jasmine.any(Array), 700_000);
    expect(getRows(datasource, 350_000).successCallback).toHaveBeenCalledWith(jasmine.any(Array), 700_000);
    // The estimate was low: the block at its end still has rows after it, so the grid grows by a block.
    expect(getRows(datasource, 699_900).successCallback).toHaveBeenCalledWith(jasmine.any(Array), 700_001);
    expect(requests[1]).toEqual(jasmine.objectContaining({ offset: 350_000 }));
    expect(totals.every((t) => t.count === 700_000 && t.estimate)).toBeTrue();
  });

  it('jumps by offset to a block whose cursor is unknown (scrollbar dragged far down)', () => {
    const datasource = createJobDatasource(fetchPage, query, { loaded: () => undefined, failed: fail });
    getRows(datasource, 0);
    getRows(datasource, 700);
    getRows(datasource, 800);
    expect(requests[1]).toEqual(jasmine.objectContaining({ offset: 700 }));
    expect(requests[1]!.cursor).toBeUndefined();
    expect(requests[2]).toEqual(jasmine.objectContaining({ cursor: 'k800' }));
  });

  it('gives the grid the total, or the real end on the last block', () => {
    const rows = [jobSummary(1), jobSummary(2)];
    const datasource = createJobDatasource(() => of({ items: rows, total: 2, totalIsEstimate: false, nextCursor: null }), query, { loaded: () => undefined, failed: fail });
    expect(getRows(datasource, 0).successCallback).toHaveBeenCalledWith(rows, 2);
  });

  it('reports a failed block', () => {
    const failures: string[] = [];
    const datasource = createJobDatasource(() => throwError(() => new Error('down')), query, {
      loaded: () => undefined,
      failed: (error) => failures.push(error.code),
    });
    expect(getRows(datasource, 0).failCallback).toHaveBeenCalled();
    expect(failures).toEqual(['unexpected']);
  });
});
