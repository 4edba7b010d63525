import { Injectable, inject } from '@angular/core';
import type { CustomerPage, CustomerSummary } from '@contract';
import { Store } from '@ngrx/store';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { Observable } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import { CustomersApi, type CustomerPageRequest } from './customers-api';
import { CustomersApiActions } from './customers.actions';
import type { CustomerQuery } from './customer-query';

export interface CustomerBlockListener {
  loaded(total: number): void;
  failed(error: ApiErrorInfo): void;
}

/**
 * ag-grid infinite row model over keyset pages. Block k reads from block k-1's `nextCursor`;
 * a block reached by a scrollbar jump (cursor unknown) is asked for by `offset` instead.
 */
export function createCustomerDatasource(
  fetchPage: (request: CustomerPageRequest) => Observable<CustomerPage>,
  query: CustomerQuery,
  listener: CustomerBlockListener,
): IDatasource {
  const cursorAt = new Map<number, string>();
  return {
    getRows(params: IGetRowsParams) {
      const { startRow, endRow } = params;
      const request: CustomerPageRequest = { sort: query.sort, limit: endRow - startRow };
      if (query.q) request.q = query.q;
      if (query.cf) request.cf = query.cf;
      const cursor = cursorAt.get(startRow);
      if (cursor) request.cursor = cursor;
      else if (startRow > 0) request.offset = startRow;

      fetchPage(request).subscribe({
        next: (page) => {
          if (page.nextCursor) cursorAt.set(endRow, page.nextCursor);
          const lastRow = page.nextCursor ? page.total : startRow + page.items.length;
          params.successCallback(page.items as CustomerSummary[], lastRow);
          listener.loaded(page.total);
        },
        error: (error: unknown) => {
          params.failCallback();
          listener.failed(toApiErrorInfo(error));
        },
      });
    },
  };
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
