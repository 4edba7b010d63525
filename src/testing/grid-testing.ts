import { provideZonelessChangeDetection, signal } from '@angular/core';
import { type ComponentFixture, TestBed, type TestModuleMetadata } from '@angular/core/testing';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { map, of } from 'rxjs';
import { GRID_OWNER } from '../app/shared/ui/infinite-grid/grid-column-prefs';
import type { GridDefinition } from '../app/shared/ui/infinite-grid/grid-definition';
import { type GridRow, InfiniteGrid } from '../app/shared/ui/infinite-grid/infinite-grid';
import type { KeysetWindow } from '../app/shared/util/offset-keyset-datasource';

/** Waits (up to two seconds) for what ag-grid renders a moment later. */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** A datasource answering every block with these rows, a moment later as the server would. */
export function rowsDatasource<T>(rows: T[]): IDatasource {
  return { getRows: (params: IGetRowsParams) => setTimeout(() => params.successCallback(rows, rows.length)) };
}

/** Asks a datasource for the 100-row block at `startRow` as ag-grid does (with `more` of its params); the callbacks are spies. */
export function requestBlock(datasource: IDatasource, startRow: number, more: object = {}) {
  const params = { startRow, endRow: startRow + 100, ...more, successCallback: jasmine.createSpy('success'), failCallback: jasmine.createSpy('fail') };
  datasource.getRows(params as unknown as IGetRowsParams);
  return params;
}

/**
 * A list route of `total` rows made by `row`, keeping each request in `requests`: a block starts at
 * its offset, or at the row its cursor names (`k<row>`).
 */
export function fakeListRoute<R extends KeysetWindow, T>(row: (index: number) => T, requests: R[], total = 1000) {
  return (request: R) => {
    requests.push(request);
    const start = request.offset ?? (request.cursor ? Number(request.cursor.slice(1)) : 0);
    return of({ items: Array.from({ length: request.limit }, (_, i) => row(start + i)), total, nextCursor: `k${start + request.limit}` });
  };
}

/**
 * The same route for a list that counts once (the jobs grid): `total` (flagged an estimate or
 * not) comes with the first block only; a block asked for by cursor or offset answers null.
 */
export function fakeGridRoute<R extends KeysetWindow, T>(row: (index: number) => T, requests: R[], total = 1000, totalIsEstimate = false) {
  const route = fakeListRoute(row, requests, total);
  return (request: R) => {
    const first = !request.cursor && !request.offset;
    return route(request).pipe(map((page) => ({ ...page, total: first ? page.total : null, totalIsEstimate: first && totalIsEstimate })));
  };
}

export interface GridSetup<T extends GridRow> {
  definition: GridDefinition<T>;
  rows: T[];
  label?: string;
  /** The translations the definition reads (a `*TranslocoTesting()` module). */
  imports?: TestModuleMetadata['imports'];
  providers?: TestModuleMetadata['providers'];
  /** Wide enough that column virtualisation renders every column. */
  width?: string;
  /** The user whose columns are remembered. */
  owner?: string;
}

/** A feature's grid on the shared infinite grid, as users see it, with its rows rendered. */
export async function renderGrid<T extends GridRow>(setup: GridSetup<T>) {
  TestBed.configureTestingModule({
    imports: [InfiniteGrid, ...(setup.imports ?? [])],
    providers: [provideZonelessChangeDetection(), { provide: GRID_OWNER, useValue: signal(setup.owner ?? 'u-grid') }, ...(setup.providers ?? [])],
  });
  const fixture: ComponentFixture<InfiniteGrid<T>> = TestBed.createComponent<InfiniteGrid<T>>(InfiniteGrid);
  const element: HTMLElement = fixture.nativeElement;
  element.style.height = '400px';
  element.style.width = setup.width ?? '900px';
  fixture.componentRef.setInput('label', setup.label ?? 'Rows');
  fixture.componentRef.setInput('definition', setup.definition);
  fixture.componentRef.setInput('datasource', rowsDatasource(setup.rows));
  await fixture.whenStable();
  const cell = (row: number, col: string) => element.querySelector<HTMLElement>(`.ag-row[row-index="${row}"] [col-id="${col}"]`);
  const header = (col: string) => element.querySelector<HTMLElement>(`.ag-header-cell[col-id="${col}"]`);
  await until(() => element.querySelector(`.ag-row[row-index="${setup.rows.length - 1}"] [col-id]`) !== null);
  return { fixture, element, grid: fixture.componentInstance, cell, header };
}
