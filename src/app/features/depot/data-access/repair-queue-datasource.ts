import { Injectable, inject } from '@angular/core';
import type { RepairQueueItem } from '@contract';
import type { IDatasource } from 'ag-grid-community';
import { type KeysetBlockListener, createKeysetDatasource } from '../../../shared/util/keyset-datasource';
import { DepotApi } from './depot-api';
import type { RepairQuery } from './depot-query';

/** The repair queue grid's rows: keyset pages of `GET /api/repairs` with the page's filters. */
@Injectable({ providedIn: 'root' })
export class RepairQueueDatasources {
  private readonly api = inject(DepotApi);

  /** A new datasource per query (and per change to the stock): the grid starts again from the first block. */
  create({ q, depotId }: RepairQuery, listener: KeysetBlockListener<RepairQueueItem>): IDatasource {
    return createKeysetDatasource((limit, cursor) => this.api.repairQueue({ q, depotId, limit, cursor }), listener);
  }
}
