import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { AgGridAngular } from 'ag-grid-angular';
import {
  type CellKeyDownEvent,
  CellStyleModule,
  type FullWidthCellKeyDownEvent,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type IDatasource,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  type RowClickedEvent,
  RowSelectionModule,
  type RowSelectionOptions,
  themeQuartz,
} from 'ag-grid-community';
import type { ReserveSummary } from '@contract/reserves';
import { type ReserveCellTexts, type ReserveColumnLabels, reserveColumns } from './reserve-grid.columns';

ModuleRegistry.registerModules([InfiniteRowModelModule, LocaleModule, CellStyleModule, RenderApiModule, RowApiModule, RowSelectionModule]);

// Same look as the shared infinite grid (Material tokens follow light and dark by themselves).
const gridTheme = themeQuartz.withParams({
  backgroundColor: 'var(--mat-sys-surface)',
  foregroundColor: 'var(--mat-sys-on-surface)',
  headerBackgroundColor: 'var(--mat-sys-surface-container)',
  accentColor: 'var(--mat-sys-primary)',
  borderColor: 'var(--mat-sys-outline-variant)',
  fontFamily: 'inherit',
  fontSize: 14,
});

/**
 * The reserves inbox on ag-grid's infinite row model, with checkboxes for bulk actions (when the
 * reader may triage). A loaded row can be replaced in place, and the loaded blocks re-read, without
 * losing the scroll.
 */
@Component({
  selector: 'fd-reserve-grid',
  imports: [AgGridAngular],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ag-grid-angular
      class="grid"
      [theme]="theme"
      rowModelType="infinite"
      [columnDefs]="columns()"
      [getRowId]="getRowId"
      [rowSelection]="rowSelection()"
      [cacheBlockSize]="100"
      [maxBlocksInCache]="50"
      [infiniteInitialRowCount]="1"
      [localeText]="localeText()"
      (gridReady)="ready($event)"
      (rowClicked)="rowClicked($event)"
      (cellKeyDown)="cellKeyDown($event)"
      (selectionChanged)="selectionChanged()"
    />
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .grid {
      display: block;
      height: 100%;
    }
    :host ::ng-deep .ag-row {
      cursor: pointer;
    }
    :host ::ng-deep .job-link {
      color: var(--mat-sys-primary);
      font-weight: 500;
    }
    :host ::ng-deep .old {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    :host ::ng-deep .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      line-height: 20px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-highest);
    }
    :host ::ng-deep .chip[data-tone='error'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host ::ng-deep .chip[data-tone='primary'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host ::ng-deep .chip[data-tone='tertiary'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class ReserveGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  readonly labels = input<ReserveColumnLabels | null>(null);
  readonly texts = input.required<ReserveCellTexts>();
  readonly localeText = input<Record<string, string>>({});
  /** Checkboxes for bulk actions. */
  readonly selectable = input(false);
  /** Each new value re-renders the time columns. */
  readonly now = input(Date.now());
  readonly rowOpened = output<ReserveSummary>();
  readonly jobOpened = output<string>();
  readonly selected = output<ReserveSummary[]>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly api = signal<GridApi<ReserveSummary> | null>(null);
  private shownDatasource: IDatasource | null = null;

  protected readonly theme = gridTheme;
  protected readonly getRowId = ({ data }: GetRowIdParams<ReserveSummary>) => data.id;
  protected readonly rowSelection = computed<RowSelectionOptions | undefined>(() =>
    this.selectable() ? { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false } : undefined,
  );
  protected readonly columns = computed(() => {
    const labels = this.labels();
    return labels ? reserveColumns(labels, this.texts(), () => this.now()) : [];
  });

  constructor() {
    effect(() => {
      const api = this.api();
      const datasource = this.datasource();
      if (api && datasource !== this.shownDatasource) {
        this.shownDatasource = datasource;
        api.setGridOption('datasource', datasource ?? undefined);
      }
    });
    effect(() => {
      this.now();
      this.api()?.refreshCells({ columns: ['age', 'updatedAt'], force: true });
    });
    effect(() => {
      const label = this.label();
      if (this.api()) this.host.nativeElement.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', label);
    });
  }

  /** The version of a reserve's row when it is loaded, else undefined (nothing to refresh). */
  loadedVersion(id: string): number | undefined {
    return this.api()?.getRowNode(id)?.data?.version;
  }

  /** Puts a fresh copy of a loaded reserve in its row, where it is: no reload, no scroll. */
  replaceRow(row: ReserveSummary): void {
    const node = this.api()?.getRowNode(row.id);
    if (node?.data && row.version >= node.data.version) node.setData(row);
  }

  /** Re-reads the loaded blocks (a new reserve may belong among them); the scroll stays. */
  reloadLoaded(): void {
    this.api()?.refreshInfiniteCache();
  }

  clearSelection(): void {
    this.api()?.deselectAll();
  }

  protected ready(event: GridReadyEvent<ReserveSummary>): void {
    this.api.set(event.api);
  }

  protected rowClicked(event: RowClickedEvent<ReserveSummary>): void {
    const target = event.event?.target as HTMLElement | null;
    if (!event.data) return;
    const link = target?.closest('a.job-link');
    if (link) {
      event.event?.preventDefault();
      this.jobOpened.emit(event.data.jobNumber);
      return;
    }
    // A click on the selection checkbox selects; it does not open the reserve.
    if (target?.closest('.ag-selection-checkbox, .ag-checkbox-input-wrapper')) return;
    this.rowOpened.emit(event.data);
  }

  protected cellKeyDown(event: CellKeyDownEvent<ReserveSummary> | FullWidthCellKeyDownEvent<ReserveSummary>): void {
    const key = (event.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && event.data) this.rowOpened.emit(event.data);
  }

  protected selectionChanged(): void {
    this.selected.emit(this.api()?.getSelectedRows() ?? []);
  }
}
