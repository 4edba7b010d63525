import type { IDatasource } from 'ag-grid-community';
import type { Observable } from 'rxjs';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { createKeysetDatasource } from '../../../shared/util/keyset-datasource';
import type { ReservePage } from './reserve-model';
import { type ReserveQuery, filterParams } from './reserve-query';
import type { ReservePageRequest } from './reserves-api';

export interface ReserveBlockListener {
  loaded(total: number): void;
  failed(error: ApiErrorInfo): void;
}

/** ag-grid infinite row model over keyset pages of `GET /api/reserves`, with the query's filters. */
export function createReserveDatasource(
  fetchPage: (request: ReservePageRequest) => Observable<ReservePage>,
  query: ReserveQuery,
  listener: ReserveBlockListener,
): IDatasource {
  const filters = filterParams(query);
  return createKeysetDatasource((limit, cursor) => fetchPage(cursor ? { filters, limit, cursor } : { filters, limit }), listener);
}
