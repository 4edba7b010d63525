import { Injectable, inject } from '@angular/core';
import type { CatalogItemPage } from '@contract';
import type { IDatasource } from 'ag-grid-community';
import { Store } from '@ngrx/store';
import type { Observable } from 'rxjs';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { createOffsetKeysetDatasource } from '../../../shared/util/offset-keyset-datasource';
import { CatalogApi, type CatalogItemPageRequest } from './catalog-api';
import { CatalogApiActions } from './catalog.actions';
import type { CatalogQuery } from './catalog-query';

export interface CatalogBlockListener {
  loaded(total: number, currency: string | null): void;
  failed(error: ApiErrorInfo): void;
}

/** The catalog's keyset pages as an ag-grid infinite datasource (see `createKeysetDatasource`). */
export function createCatalogDatasource(
  fetchPage: (request: CatalogItemPageRequest) => Observable<CatalogItemPage>,
  query: CatalogQuery,
  listener: CatalogBlockListener,
): IDatasource {
  return createOffsetKeysetDatasource((window) => fetchPage({ query, ...window }), {
    loaded: (page) => listener.loaded(page.total, page.items[0]?.currency ?? null),
    failed: (error) => listener.failed(error),
  });
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
