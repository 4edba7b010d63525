import type { IDatasource } from 'ag-grid-community';
import type { Observable } from 'rxjs';
import { createKeysetDatasource } from '../../../shared/util/keyset-datasource';
import type { BlockTotalListener } from '../../../shared/util/offset-keyset-datasource';
import type { ReservePage } from './reserve-model';
import { type ReserveQuery, filterParams } from './reserve-query';
import type { ReservePageRequest } from './reserves-api';

/** ag-grid infinite row model over keyset pages of `GET /api/reserves`, with the query's filters. */
export function createReserveDatasource(
  fetchPage: (request: ReservePageRequest) => Observable<ReservePage>,
  query: ReserveQuery,
  listener: BlockTotalListener,
): IDatasource {
  const filters = filterParams(query);
  return createKeysetDatasource((limit, cursor) => fetchPage(cursor ? { filters, limit, cursor } : { filters, limit }), listener);
}
