import type { IGetRowsParams } from 'ag-grid-community';
import { type Observable, of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import { createReserveDatasource } from './reserve-datasource';
import { reserveSummary } from '../testing/reserve-fixtures';
import type { ReservePage } from './reserve-model';
import { defaultReserveQuery } from './reserve-query';
import type { ReservePageRequest } from './reserves-api';

function rows(startRow: number, endRow: number) {
  const result: { rows?: unknown[]; lastRow?: number; failed?: boolean } = {};
  const params = {
    startRow,
    endRow,
    successCallback: (r: unknown[], last?: number) => Object.assign(result, { rows: r, lastRow: last }),
    failCallback: () => (result.failed = true),
  } as unknown as IGetRowsParams;
  return { params, result };
}

const page = (ids: string[], nextCursor: string | null, total = 250): ReservePage => ({
  items: ids.map((id) => reserveSummary({ id })),
  nextCursor,
  total,
});

describe('createReserveDatasource', () => {
  it('asks the API for the query filters and the block size, then follows the cursor', () => {
    const requests: ReservePageRequest[] = [];
    const fetch = (r: ReservePageRequest): Observable<ReservePage> => {
      requests.push(r);
      return of(page([`r-${requests.length}`], `cursor-${requests.length}`));
    };
    const totals: number[] = [];
    const ds = createReserveDatasource(fetch, { ...defaultReserveQuery, view: 'mine', status: ['unresolved'] }, { loaded: (t) => totals.push(t), failed: fail });
    const first = rows(0, 100);
    ds.getRows(first.params);
    ds.getRows(rows(100, 200).params);
    expect(requests).toEqual([
      { filters: { view: 'mine', status: 'unresolved' }, limit: 100 },
      { filters: { view: 'mine', status: 'unresolved' }, limit: 100, cursor: 'cursor-1' },
    ]);
    expect(first.result.lastRow).toBe(250);
    expect(totals).toEqual([250, 250]);
  });

  it('walks forward from the last known cursor when the scrollbar jumps (the API has no offset)', () => {
    const requests: ReservePageRequest[] = [];
    const fetch = (r: ReservePageRequest) => {
      requests.push(r);
      return of(page([`row-after-${r.cursor ?? 'start'}`], `c${requests.length}`));
    };
    const ds = createReserveDatasource(fetch, defaultReserveQuery, { loaded: () => undefined, failed: fail });
    const jump = rows(200, 300);
    ds.getRows(jump.params);
    expect(requests.map((r) => r.cursor)).toEqual([undefined, 'c1', 'c2']);
    expect((jump.result.rows as { id: string }[])[0]!.id).toBe('row-after-c2');
  });

  it('says the last row when the list ends, and reports failures', () => {
    const ds = createReserveDatasource(() => of(page(['a', 'b'], null, 2)), defaultReserveQuery, { loaded: () => undefined, failed: fail });
    const end = rows(0, 100);
    ds.getRows(end.params);
    expect(end.result.lastRow).toBe(2);

    const errors: number[] = [];
    const failing = createReserveDatasource(
      () => throwError(() => new HttpErrorResponse({ status: 500 })),
      defaultReserveQuery,
      { loaded: () => undefined, failed: (e) => errors.push(e.status) },
    );
    const broken = rows(0, 100);
    failing.getRows(broken.params);
    expect(broken.result.failed).toBeTrue();
    expect(errors).toEqual([500]);
  });
});
