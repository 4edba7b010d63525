import { of, throwError } from 'rxjs';
import { fakeListRoute, requestBlock } from '../../../../testing/grid-testing';
import { customerSummary } from '../../../../testing/fixtures';
import { createCustomerDatasource } from './customer-datasource';
import type { CustomerPageRequest } from './customers-api';

describe('createCustomerDatasource', () => {
  const query = { q: 'bou', sort: 'name' as const };
  let requests: CustomerPageRequest[];
  let totals: number[];

  const fetchPage = (request: CustomerPageRequest) => fakeListRoute(customerSummary, requests)(request);

  beforeEach(() => {
    requests = [];
    totals = [];
  });

  it('puts the custom field filter into every block request', () => {
    const filtered = { ...query, cf: { key: 'region', value: 'north' } };
    const datasource = createCustomerDatasource(fetchPage, filtered, { loaded: (t) => totals.push(t), failed: fail });
    requestBlock(datasource, 0);
    requestBlock(datasource, 100);
    expect(requests.map((r) => r.cf)).toEqual([filtered.cf, filtered.cf]);
  });

  it('reads block k from block k-1’s cursor', () => {
    const datasource = createCustomerDatasource(fetchPage, query, { loaded: (t) => totals.push(t), failed: fail });
    requestBlock(datasource, 0);
    requestBlock(datasource, 100);
    expect(requests).toEqual([
      { sort: 'name', limit: 100, q: 'bou' },
      { sort: 'name', limit: 100, q: 'bou', cursor: 'k100' },
    ]);
    expect(totals).toEqual([1000, 1000]);
  });

  it('jumps by offset to a block whose cursor is unknown', () => {
    const datasource = createCustomerDatasource(fetchPage, query, { loaded: () => undefined, failed: fail });
    requestBlock(datasource, 0);
    requestBlock(datasource, 500);
    requestBlock(datasource, 600);
    expect(requests[1]).toEqual({ sort: 'name', limit: 100, q: 'bou', offset: 500 });
    expect(requests[2]).toEqual({ sort: 'name', limit: 100, q: 'bou', cursor: 'k600' });
  });

  it('gives the grid the total, or the real end on the last block', () => {
    const datasource = createCustomerDatasource(
      () => of({ items: [customerSummary(1), customerSummary(2)], total: 2, nextCursor: null }),
      query,
      { loaded: () => undefined, failed: fail },
    );
    const params = requestBlock(datasource, 0);
    expect(params.successCallback).toHaveBeenCalledWith([customerSummary(1), customerSummary(2)], 2);
  });

  it('reports a failed block', () => {
    const failures: string[] = [];
    const datasource = createCustomerDatasource(() => throwError(() => new Error('down')), query, {
      loaded: () => undefined,
      failed: (error) => failures.push(error.code),
    });
    const params = requestBlock(datasource, 0);
    expect(params.failCallback).toHaveBeenCalled();
    expect(failures).toEqual(['unexpected']);
  });
});
