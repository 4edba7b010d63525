import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { CustomFieldDefinition, CustomerSummary } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import { AgGridAngular } from 'ag-grid-angular';
import {
  CellKeyDownEvent,
  CellStyleModule,
  ColDef,
  FullWidthCellKeyDownEvent,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IDatasource,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowClickedEvent,
  themeQuartz,
} from 'ag-grid-community';
import { NowTicker } from '../../../../shared/ui/now-ticker';
import { formatRelativeTime } from '../../../../shared/util/relative-time';
import { CustomerColumnLabels, customFieldColumn, customerColumns } from './customer-grid.columns';

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

/** The customers grid: streams blocks from the datasource it is given; opens a row on click or Enter. */
@Component({
  selector: 'fd-customer-grid',
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
export class CustomerGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  /** Custom fields the user chose to see as extra columns (column chooser), in their order. */
  readonly customFields = input<CustomFieldDefinition[]>([]);
  readonly rowOpened = output<CustomerSummary>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly transloco = inject(TranslocoService);
  private readonly now = inject(NowTicker).now;
  private readonly api = signal<GridApi<CustomerSummary> | null>(null);

  protected readonly theme = gridTheme;
  /** The API sorts (page's sort menu); a header click must not pretend to. */
  protected readonly defaultColDef: ColDef<CustomerSummary> = { sortable: false };
  protected readonly getRowId = ({ data }: GetRowIdParams<CustomerSummary>) => data.id;

  private readonly labels = toSignal(this.transloco.selectTranslateObject<CustomerColumnLabels>('customers.grid'));
  private readonly gridTexts = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('customers.gridTexts'));

  protected readonly columns = computed(() => {
    const labels = this.labels();
    const lang = this.transloco.activeLang();
    if (!labels || typeof labels !== 'object') return [];
    return [
      ...customerColumns(labels, (iso) => formatRelativeTime(iso, Date.now(), lang)),
      ...this.customFields().map((definition) => customFieldColumn(definition, lang, labels)),
    ];
  });
  protected readonly localeText = computed(() => this.gridTexts() ?? {});

  constructor() {
    // Relative "updated" times age with the minute ticker.
    effect(() => {
      this.now();
      this.api()?.refreshCells({ columns: ['updatedAt'], force: true });
    });
    effect(() => {
      const label = this.label();
      if (this.api()) this.host.nativeElement.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', label);
    });
  }

  protected ready(event: GridReadyEvent<CustomerSummary>): void {
    this.api.set(event.api);
  }

  protected rowClicked(event: RowClickedEvent<CustomerSummary>): void {
    if (event.data) this.rowOpened.emit(event.data);
  }

  protected cellKeyDown(event: CellKeyDownEvent<CustomerSummary> | FullWidthCellKeyDownEvent<CustomerSummary>): void {
    const key = (event.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && event.data) this.rowOpened.emit(event.data);
  }
}
