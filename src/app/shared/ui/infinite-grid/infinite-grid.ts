import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { AgGridAngular } from 'ag-grid-angular';
import {
  type CellKeyDownEvent,
  CellStyleModule,
  type ColDef,
  ColumnApiModule,
  type ColumnResizedEvent,
  type FullWidthCellKeyDownEvent,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type IDatasource,
  type IRowNode,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  type RowClickedEvent,
  RowSelectionModule,
  type RowSelectionOptions,
  type SortChangedEvent,
  TooltipModule,
} from 'ag-grid-community';
import { GridColumnPrefs, noColumnChoice } from './grid-column-prefs';
import { type GridSort, currentSort, noGridSort, sameSort, sortState, withChoice } from './grid-columns';
import { gridTheme } from './grid-theme';

ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  LocaleModule,
  CellStyleModule,
  RenderApiModule,
  RowApiModule,
  ColumnApiModule,
  RowSelectionModule,
  TooltipModule,
]);

/** A row the grid can name, and replace in place when a newer version arrives. */
export interface GridRow {
  id: string;
  version?: number;
}

/**
 * The one wrapper around ag-grid, on its infinite row model: streams blocks from the datasource it
 * is given (the server sorts and filters), names the grid for screen readers, opens a row on click
 * or Enter, reports header sorts, remembers each user's column widths and hidden columns (with a
 * `gridId`), replaces loaded rows in place, and offers checkboxes for bulk actions.
 */
@Component({
  selector: 'fd-infinite-grid',
  imports: [AgGridAngular],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ag-grid-angular
      class="grid"
      [theme]="theme"
      rowModelType="infinite"
      [columnDefs]="shownColumns()"
      [defaultColDef]="defaultColDef"
      [getRowId]="getRowId"
      [rowSelection]="rowSelection()"
      [cacheBlockSize]="100"
      [maxBlocksInCache]="50"
      [infiniteInitialRowCount]="1"
      [suppressMultiSort]="true"
      [localeText]="localeText()"
      (gridReady)="ready($event)"
      (rowClicked)="rowClicked($event)"
      (cellKeyDown)="cellKeyDown($event)"
      (sortChanged)="sorted($event)"
      (columnResized)="resized($event)"
      (selectionChanged)="selectionChanged()"
    />
  `,
  styleUrl: './infinite-grid.scss',
})
export class InfiniteGrid<T extends GridRow> {
  readonly datasource = input<IDatasource | null>(null);
  readonly columns = input.required<ColDef<T>[]>();
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  readonly localeText = input<Record<string, string>>({});
  /** Names the grid in each user's remembered columns; without it nothing is remembered. */
  readonly gridId = input<string | null>(null);
  /** The query's sort; a sortable column's header shows it. */
  readonly sort = input<GridSort>(noGridSort);
  /** Checkboxes for bulk actions. */
  readonly selectable = input(false);
  /** Each new value re-renders `refreshColumns` (e.g. relative times ageing with a ticker). */
  readonly refreshOn = input<unknown>();
  readonly refreshColumns = input<string[]>([]);
  readonly rowOpened = output<T>();
  /** A header click on a sortable column (the server sorts: the page changes its query). */
  readonly sortChanged = output<GridSort>();
  /** A plain link inside a cell, followed by the page (no reload of the whole app). */
  readonly linkOpened = output<{ row: T; href: string }>();
  readonly selected = output<T[]>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly prefs = inject(GridColumnPrefs);
  private readonly api = signal<GridApi<T> | null>(null);
  private shownDatasource: IDatasource | null = null;

  protected readonly theme = gridTheme;
  /** The API sorts: only a column that says so sorts from its header. */
  protected readonly defaultColDef: ColDef<T> = { sortable: false };
  protected readonly getRowId = ({ data }: GetRowIdParams<T>) => data.id;
  protected readonly shownColumns = computed(() => {
    const gridId = this.gridId();
    return withChoice(this.columns(), gridId ? this.prefs.read(gridId) : noColumnChoice);
  });
  protected readonly rowSelection = computed<RowSelectionOptions | undefined>(() =>
    this.selectable() ? { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false } : undefined,
  );

  constructor() {
    effect(() => {
      const api = this.api();
      const datasource = this.datasource();
      const sort = this.sort();
      const columns = this.columns();
      if (!api) return;
      // The sort first: the grid then asks the new datasource only once.
      if (!sameSort(currentSort(api), sort, columns)) {
        api.applyColumnState({ state: sortState(sort, columns), defaultState: { sort: null } });
      }
      if (datasource !== this.shownDatasource) {
        this.shownDatasource = datasource;
        api.setGridOption('datasource', datasource ?? undefined);
      }
    });
    effect(() => {
      this.refreshOn();
      const columns = this.refreshColumns();
      if (columns.length) this.api()?.refreshCells({ columns, force: true });
    });
    effect(() => {
      const label = this.label();
      if (this.api()) this.host.nativeElement.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', label);
    });
  }

  /** The version of a row when it is loaded, else undefined (nothing to refresh). */
  loadedVersion(id: string): number | undefined {
    const data = this.api()?.getRowNode(id)?.data;
    return data ? (data.version ?? 0) : undefined;
  }

  /** Puts a fresh copy of a loaded row where it is, unless the loaded one is newer: no reload, no scroll. */
  replaceRow(row: T): void {
    const node = this.api()?.getRowNode(row.id);
    if (node?.data && (row.version ?? 0) >= (node.data.version ?? 0)) node.setData(row);
  }

  /** Re-reads the loaded blocks (a new row may belong among them); the scroll stays. */
  reloadLoaded(): void {
    this.api()?.refreshInfiniteCache();
  }

  clearSelection(): void {
    this.api()?.deselectAll();
  }

  /** Selects every loaded row: ag-grid's header checkbox works on the client-side row model only. */
  selectLoaded(): void {
    const api = this.api();
    if (!api) return;
    const nodes: IRowNode<T>[] = [];
    api.forEachNode((node) => {
      if (node.data) nodes.push(node);
    });
    api.setNodesSelected({ nodes, newValue: true });
  }

  protected ready(event: GridReadyEvent<T>): void {
    this.api.set(event.api);
  }

  protected rowClicked(event: RowClickedEvent<T>): void {
    const target = event.event?.target as HTMLElement | null;
    if (!event.data) return;
    // A click on the selection checkbox selects; it does not open the row.
    if (target?.closest('.ag-selection-checkbox, .ag-checkbox-input-wrapper')) return;
    const link = target?.closest('a[href]');
    if (link) {
      event.event?.preventDefault();
      this.linkOpened.emit({ row: event.data, href: link.getAttribute('href') ?? '' });
      return;
    }
    this.rowOpened.emit(event.data);
  }

  protected cellKeyDown(event: CellKeyDownEvent<T> | FullWidthCellKeyDownEvent<T>): void {
    const key = (event.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && event.data) this.rowOpened.emit(event.data);
  }

  protected sorted(event: SortChangedEvent<T>): void {
    if (event.source !== 'uiColumnSorted') return;
    this.sortChanged.emit(currentSort(event.api));
  }

  protected resized(event: ColumnResizedEvent<T>): void {
    const gridId = this.gridId();
    if (!gridId || !event.finished || event.source !== 'uiColumnResized') return;
    for (const column of event.columns ?? []) this.prefs.resize(gridId, column.getColId(), column.getActualWidth());
  }

  protected selectionChanged(): void {
    this.selected.emit(this.api()?.getSelectedRows() ?? []);
  }
}
