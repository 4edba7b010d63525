import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AuditEntry, AuditPage } from '@contract';
import type { IGetRowsParams } from 'ag-grid-community';
import { of } from 'rxjs';
import { AuditApi } from './audit-api';
import { AuditDatasources } from './audit-datasource';
import { noAuditFilters } from './audit-filters';

describe('AuditDatasources', () => {
  it('streams keyset pages of the trail with the filters, following the cursor', () => {
    const calls: unknown[][] = [];
    const entry = { id: 'a-1' } as AuditEntry;
    const api = {
      list: (...args: unknown[]) => {
        calls.push(args);
        return of<AuditPage>({ items: [entry], total: 120, nextCursor: `c${calls.length}` });
      },
    };
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: AuditApi, useValue: api }] });
    const filters = { ...noAuditFilters, entityType: 'user' };
    const totals: number[] = [];
    const loaded: unknown[] = [];
    const ds = TestBed.inject(AuditDatasources).create(filters, {
      loaded: (total, items) => {
        totals.push(total);
        loaded.push(...items);
      },
      failed: fail,
    });
    const block = (startRow: number, endRow: number) =>
      ds.getRows({ startRow, endRow, successCallback: () => undefined, failCallback: fail } as unknown as IGetRowsParams);
    block(0, 100);
    block(100, 200);
    expect(calls).toEqual([
      [filters, 100, null],
      [filters, 100, 'c1'],
    ]);
    expect(totals).toEqual([120, 120]);
    expect(loaded).toEqual([entry, entry]);
  });
});
