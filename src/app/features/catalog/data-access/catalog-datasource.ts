import type { CatalogItem, CatalogItemPage } from '@contract';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { Observable } from 'rxjs';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import type { CatalogItemPageRequest } from './catalog-api';
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
