import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, signal } from '@angular/core';
import { AgGridAngular } from 'ag-grid-angular';
import {
  type CellKeyDownEvent,
  CellStyleModule,
  type ColDef,
  type FullWidthCellKeyDownEvent,
  type GetRowIdParams,
  type GridApi,
  type GridReadyEvent,
  type IDatasource,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  type RowClickedEvent,
  themeQuartz,
} from 'ag-grid-community';

ModuleRegistry.registerModules([InfiniteRowModelModule, LocaleModule, CellStyleModule, RenderApiModule]);

/** Material's colour tokens follow light/dark by themselves, so the grid does too. */
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
 * The one wrapper around ag-grid's infinite row model: streams blocks from the datasource it is
 * given (the server sorts and filters), names the grid for screen readers, opens a row on click or Enter.
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
      [datasource]="datasource() ?? undefined"
      [columnDefs]="columns()"
      [defaultColDef]="defaultColDef"
      [getRowId]="getRowId"
      [cacheBlockSize]="100"
      [maxBlocksInCache]="50"
      [infiniteInitialRowCount]="1"
      [localeText]="localeText()"
      (gridReady)="ready($event)"
      (rowClicked)="rowClicked($event)"
      (cellKeyDown)="cellKeyDown($event)"
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
  `,
})
export class InfiniteGrid<T extends { id: string }> {
  readonly datasource = input<IDatasource | null>(null);
  readonly columns = input.required<ColDef<T>[]>();
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  readonly localeText = input<Record<string, string>>({});
  /** Each new value re-renders `refreshColumns` (e.g. relative times ageing with a ticker). */
  readonly refreshOn = input<unknown>();
  readonly refreshColumns = input<string[]>([]);
  readonly rowOpened = output<T>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly api = signal<GridApi<T> | null>(null);

  protected readonly theme = gridTheme;
  /** The API sorts (the page's sort menu); a header click must not pretend to. */
  protected readonly defaultColDef: ColDef<T> = { sortable: false };
  protected readonly getRowId = ({ data }: GetRowIdParams<T>) => data.id;

  constructor() {
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

  protected ready(event: GridReadyEvent<T>): void {
    this.api.set(event.api);
  }

  protected rowClicked(event: RowClickedEvent<T>): void {
    if (event.data) this.rowOpened.emit(event.data);
  }

  protected cellKeyDown(event: CellKeyDownEvent<T> | FullWidthCellKeyDownEvent<T>): void {
    const key = (event.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && event.data) this.rowOpened.emit(event.data);
  }
}
