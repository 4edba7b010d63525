import { Injectable, inject } from '@angular/core';
import type { IDatasource } from 'ag-grid-community';
import { EMPTY, type Observable, catchError, filter, map, mergeMap } from 'rxjs';
import type { LiveReserveChange } from './live-reserve-changes';
import type { ReserveSummary } from './reserve-model';
import type { BlockTotalListener } from '../../../shared/util/offset-keyset-datasource';
import { createReserveDatasource } from './reserve-datasource';
import type { ReserveQuery } from './reserve-query';
import { summaryOfDetail } from './reserve-summary';
import { ReservesApi } from './reserves-api';

/**
 * The inbox's rows stream past the store (the one exception to "pages never call an API"): the
 * page hands the datasource to the grid and puts live-refreshed rows back into it.
 */
@Injectable({ providedIn: 'root' })
export class ReserveInboxSource {
  private readonly api = inject(ReservesApi);

  create(query: ReserveQuery, listener: BlockTotalListener): IDatasource {
    return createReserveDatasource((request) => this.api.list(request), query, listener);
  }

  /** Fresh rows for the changed reserves the grid has loaded, and only those. */
  refreshedRows(changes$: Observable<LiveReserveChange>, isLoaded: (reserveId: string) => boolean): Observable<ReserveSummary> {
    return changes$.pipe(
      filter((change) => change.kind === 'updated' && isLoaded(change.reserveId)),
      mergeMap((change) => this.api.get(change.reserveId).pipe(catchError(() => EMPTY))),
      map(summaryOfDetail),
    );
  }
}
