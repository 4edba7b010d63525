import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { RepairQueuePage } from '@contract';
import type { IGetRowsParams } from 'ag-grid-community';
import { of } from 'rxjs';
import { repairItem } from '../../../../testing/depots';
import { DepotApi, type RepairQueuePageRequest } from './depot-api';
import { RepairQueueDatasources } from './repair-queue-datasource';

describe('RepairQueueDatasources', () => {
  it('streams keyset pages of the queue with the search and the depot, following the cursor', () => {
    const requests: RepairQueuePageRequest[] = [];
    const api = {
      repairQueue: (request: RepairQueuePageRequest) => {
        requests.push(request);
        return of<RepairQueuePage>({ items: [repairItem(requests.length)], total: 2, nextCursor: requests.length === 1 ? 'c1' : null });
      },
    };
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: DepotApi, useValue: api }] });
    const serials: string[] = [];
    const lastRows: (number | undefined)[] = [];
    const ds = TestBed.inject(RepairQueueDatasources).create(
      { q: 'SER', depotId: 'd-main' },
      { loaded: (_total, items) => serials.push(...items.map((i) => i.serial)), failed: fail },
    );
    const block = (startRow: number, endRow: number) =>
      ds.getRows({ startRow, endRow, successCallback: (_rows: unknown[], last?: number) => lastRows.push(last), failCallback: fail } as unknown as IGetRowsParams);
    block(0, 1);
    block(1, 2);
    expect(requests).toEqual([
      { q: 'SER', depotId: 'd-main', limit: 1, cursor: null },
      { q: 'SER', depotId: 'd-main', limit: 1, cursor: 'c1' },
    ]);
    expect(serials).toEqual(['SER-1', 'SER-2']);
    expect(lastRows).toEqual([2, 2]);
  });
});
