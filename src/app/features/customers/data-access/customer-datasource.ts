import { Injectable, inject } from '@angular/core';
import type { CustomerPage } from '@contract';
import type { IDatasource } from 'ag-grid-community';
import { Store } from '@ngrx/store';
import type { Observable } from 'rxjs';
import { type BlockTotalListener, createOffsetKeysetDatasource, reportTotals } from '../../../shared/util/offset-keyset-datasource';
import { CustomersApi, type CustomerPageRequest } from './customers-api';
import { CustomersApiActions } from './customers.actions';
import type { CustomerQuery } from './customer-query';

/** The customers' keyset pages as an ag-grid infinite datasource (see `createKeysetDatasource`). */
export function createCustomerDatasource(
  fetchPage: (request: CustomerPageRequest) => Observable<CustomerPage>,
  query: CustomerQuery,
  listener: BlockTotalListener,
): IDatasource {
  return createOffsetKeysetDatasource(
    (window) => {
      const request: CustomerPageRequest = { sort: query.sort, ...window };
      if (query.q) request.q = query.q;
      if (query.cf) request.cf = query.cf;
      return fetchPage(request);
    },
    reportTotals(listener),
  );
}

/**
 * The customers grid's rows stream past the store (infinite row model): only each block's total
 * and failures come back to it as actions.
 */
@Injectable({ providedIn: 'root' })
export class CustomersDatasource {
  private readonly api = inject(CustomersApi);
  private readonly store = inject(Store);

  /** A new datasource per query (and per retry): the grid starts again from the first block. */
  create(query: CustomerQuery): IDatasource {
    return createCustomerDatasource((request) => this.api.list(request), query, {
      loaded: (total) => this.store.dispatch(CustomersApiActions.listBlockLoaded({ query, total })),
      failed: (error) => this.store.dispatch(CustomersApiActions.listBlockFailed({ query, error })),
    });
  }
}
