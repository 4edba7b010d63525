import type { CustomerPage } from '@contract';
import type { IGetRowsParams } from 'ag-grid-community';
import { type Observable, of, throwError } from 'rxjs';
import { customerSummary } from '../../../../testing/fixtures';
import { createCustomerDatasource } from './customer-datasource';
import type { CustomerPageRequest } from './customers-api';

describe('createCustomerDatasource', () => {
  const query = { q: 'bou', sort: 'name' as const };
  let requests: CustomerPageRequest[];
  let totals: number[];

  function fetchPage(request: CustomerPageRequest): Observable<CustomerPage> {
    requests.push(request);
    const start = request.offset ?? (request.cursor ? Number(request.cursor.slice(1)) : 0);
    const items = Array.from({ length: request.limit }, (_, i) => customerSummary(start + i));
    return of({ items, total: 1000, nextCursor: `k${start + request.limit}` });
  }

  function getRows(datasource: ReturnType<typeof createCustomerDatasource>, startRow: number) {
    const params = {
      startRow,
      endRow: startRow + 100,
      successCallback: jasmine.createSpy('success'),
      failCallback: jasmine.createSpy('fail'),
    };
    datasource.getRows(params as unknown as IGetRowsParams);
    return params;
  }

  beforeEach(() => {
    requests = [];
    totals = [];
  });

  it('puts the custom field filter into every block request', () => {
    const filtered = { ...query, cf: { key: 'region', value: 'north' } };
    const datasource = createCustomerDatasource(fetchPage, filtered, { loaded: (t) => totals.push(t), failed: fail });
    getRows(datasource, 0);
    getRows(datasource, 100);
    expect(requests.map((r) => r.cf)).toEqual([filtered.cf, filtered.cf]);
  });

  it('reads block k from block k-1’s cursor', () => {
    const datasource = createCustomerDatasource(fetchPage, query, { loaded: (t) => totals.push(t), failed: fail });
    getRows(datasource, 0);
    getRows(datasource, 100);
    expect(requests).toEqual([
      { sort: 'name', limit: 100, q: 'bou' },
      { sort: 'name', limit: 100, q: 'bou', cursor: 'k100' },
    ]);
    expect(totals).toEqual([1000, 1000]);
  });

  it('jumps by offset to a block whose cursor is unknown', () => {
    const datasource = createCustomerDatasource(fetchPage, query, { loaded: () => undefined, failed: fail });
    getRows(datasource, 0);
    getRows(datasource, 500);
    getRows(datasource, 600);
    expect(requests[1]).toEqual({ sort: 'name', limit: 100, q: 'bou', offset: 500 });
    expect(requests[2]).toEqual({ sort: 'name', limit: 100, q: 'bou', cursor: 'k600' });
  });

  it('gives the grid the total, or the real end on the last block', () => {
    const datasource = createCustomerDatasource(
      () => of({ items: [customerSummary(1), customerSummary(2)], total: 2, nextCursor: null }),
      query,
      { loaded: () => undefined, failed: fail },
    );
    const params = getRows(datasource, 0);
    expect(params.successCallback).toHaveBeenCalledWith([customerSummary(1), customerSummary(2)], 2);
  });

  it('reports a failed block', () => {
    const failures: string[] = [];
    const datasource = createCustomerDatasource(() => throwError(() => new Error('down')), query, {
      loaded: () => undefined,
      failed: (error) => failures.push(error.code),
    });
    const params = getRows(datasource, 0);
    expect(params.failCallback).toHaveBeenCalled();
    expect(failures).toEqual(['unexpected']);
  });
});
