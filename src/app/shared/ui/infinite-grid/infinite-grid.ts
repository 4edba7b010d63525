import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
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
import { combineLatest, map, of, switchMap } from 'rxjs';
import { formatLocalDate } from '../../util/format';
import { formatRelativeTime } from '../../util/relative-time';
import { NowTicker } from '../now-ticker';
import { GridColumnPrefs, noColumnChoice } from './grid-column-prefs';
import type { GridDefinition, GridLocale } from './grid-definition';
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
 * The one wrapper around ag-grid, on its infinite row model: builds a feature's columns from its
 * definition in the active language, streams blocks from the datasource it is given (the server
 * sorts and filters), names the grid for screen readers, opens a row on click or Enter, reports
 * header sorts, remembers each user's column widths and hidden columns (definitions with an `id`),
 * re-renders aging times each minute, replaces loaded rows in place, and offers checkboxes for bulk
 * actions.
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
  /** The feature's columns and where their texts are (a feature's `*.columns.ts`). */
  readonly definition = input.required<GridDefinition<T>>();
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  /** The query's sort; a sortable column's header shows it. */
  readonly sort = input<GridSort>(noGridSort);
  /** Checkboxes for bulk actions. */
  readonly selectable = input(false);
  /** Each new value re-renders `refreshColumns` (e.g. action buttons waiting for a run). */
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
  private readonly transloco = inject(TranslocoService);
  private readonly now = inject(NowTicker).now;
  private readonly api = signal<GridApi<T> | null>(null);
  private shownDatasource: IDatasource | null = null;

  /** The definition's texts, once its scope is loaded, in the active language (labels first). */
  private readonly texts = toSignal(
    toObservable(this.definition).pipe(
      switchMap((definition) =>
        combineLatest([
          this.transloco.selectTranslateObject<object>(definition.labels, {}, definition.scope),
          definition.gridTexts ? this.transloco.selectTranslateObject<Record<string, string>>(definition.gridTexts, {}, definition.scope) : of({}),
        ]).pipe(map(([labels, gridTexts]) => ({ definition, labels, gridTexts }))),
      ),
    ),
  );
  /** The feature's columns in the active language; none until its texts are there. */
  private readonly columns = computed<ColDef<T>[]>(() => {
    const texts = this.texts();
    const lang = this.transloco.activeLang();
    if (!texts || !texts.labels || typeof texts.labels !== 'object') return [];
    return texts.definition.columns(texts.labels, this.localeOf(lang));
  });
  protected readonly localeText = computed(() => this.texts()?.gridTexts ?? {});

  protected readonly theme = gridTheme;
  /** The API sorts: only a column that says so sorts from its header. */
  protected readonly defaultColDef: ColDef<T> = { sortable: false };
  protected readonly getRowId = ({ data }: GetRowIdParams<T>) => data.id;
  protected readonly shownColumns = computed(() => {
    const gridId = this.definition().id;
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
      this.now();
      this.refreshOn();
      const columns = [...(this.definition().aging ?? []), ...this.refreshColumns()];
      if (columns.length) this.api()?.refreshCells({ columns, force: true });
    });
    effect(() => {
      const label = this.label();
      if (this.api()) this.host.nativeElement.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', label);
    });
  }

  private localeOf(lang: string): GridLocale {
    return {
      lang,
      translate: (key, params) => this.transloco.translate(key, params),
      // Read as a cell renders, never while the columns are built: a tick re-renders cells, not columns.
      now: () => untracked(this.now),
      relative: (iso) => formatRelativeTime(iso, Date.now(), lang),
      dateTime: (iso) => formatLocalDate(iso, lang),
    };
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
    const gridId = this.definition().id;
    if (!gridId || !event.finished || event.source !== 'uiColumnResized') return;
    for (const column of event.columns ?? []) this.prefs.resize(gridId, column.getColId(), column.getActualWidth());
  }

  protected selectionChanged(): void {
    this.selected.emit(this.api()?.getSelectedRows() ?? []);
  }
}
