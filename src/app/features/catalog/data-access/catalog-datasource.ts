import { Injectable, inject } from '@angular/core';
import type { CatalogItem, CatalogItemPage } from '@contract';
import { Store } from '@ngrx/store';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { Observable } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import { CatalogApi, type CatalogItemPageRequest } from './catalog-api';
import { CatalogApiActions } from './catalog.actions';
import type { CatalogQuery } from './catalog-query';

export interface CatalogBlockListener {
  loaded(total: number, currency: string | null): void;
  failed(error: ApiErrorInfo): void;
}

/**
 * ag-grid infinite row model over keyset pages. Block k reads from block k-1's `nextCursor`;
 * a block reached by a scrollbar jump (cursor unknown) is asked for by `offset` instead.
 */
export function createCatalogDatasource(
  fetchPage: (request: CatalogItemPageRequest) => Observable<CatalogItemPage>,
  query: CatalogQuery,
  listener: CatalogBlockListener,
): IDatasource {
  const cursorAt = new Map<number, string>();
  return {
    getRows(params: IGetRowsParams) {
      const { startRow, endRow } = params;
      const request: CatalogItemPageRequest = { query, limit: endRow - startRow };
      const cursor = cursorAt.get(startRow);
      if (cursor) request.cursor = cursor;
      else if (startRow > 0) request.offset = startRow;
      fetchPage(request).subscribe({
        next: (page) => {
          if (page.nextCursor) cursorAt.set(endRow, page.nextCursor);
          const lastRow = page.nextCursor ? page.total : startRow + page.items.length;
          params.successCallback(page.items as CatalogItem[], lastRow);
          listener.loaded(page.total, page.items[0]?.currency ?? null);
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
 * The items grid's rows stream past the store (infinite row model): only each block's total,
 * currency and failures come back to it as actions.
 */
@Injectable({ providedIn: 'root' })
export class CatalogDatasource {
  private readonly api = inject(CatalogApi);
  private readonly store = inject(Store);

  /** A new datasource per query and after each write: the grid starts again from the first block. */
  create(query: CatalogQuery): IDatasource {
    return createCatalogDatasource((request) => this.api.listItems(request), query, {
      loaded: (total, currency) => this.store.dispatch(CatalogApiActions.listBlockLoaded({ query, total, currency })),
      failed: (error) => this.store.dispatch(CatalogApiActions.listBlockFailed({ query, error })),
    });
  }
}
