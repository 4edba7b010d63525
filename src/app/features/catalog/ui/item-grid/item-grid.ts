import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { CatalogItem } from '@contract';
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
import { formatMoney } from '../../../../shared/util/format';
import { formatPercent } from '../catalog-format';
import { CatalogColumnLabels, catalogColumns } from './item-grid.columns';

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

/** The catalog items grid: streams blocks from the datasource it is given; opens a row on click or Enter. */
@Component({
  selector: 'fd-item-grid',
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
export class ItemGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  readonly rowOpened = output<CatalogItem>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly transloco = inject(TranslocoService);
  private readonly api = signal<GridApi<CatalogItem> | null>(null);

  protected readonly theme = gridTheme;
  protected readonly defaultColDef: ColDef<CatalogItem> = { sortable: false };
  protected readonly getRowId = ({ data }: GetRowIdParams<CatalogItem>) => data.id;

  // The third argument names the scope: its file is loaded if the page has not done it yet.
  private readonly labels = toSignal(this.transloco.selectTranslateObject<CatalogColumnLabels>('grid', {}, 'catalog'));
  private readonly gridTexts = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('gridTexts', {}, 'catalog'));

  protected readonly columns = computed(() => {
    const labels = this.labels();
    const lang = this.transloco.activeLang();
    if (!labels || typeof labels !== 'object') return [];
    return catalogColumns(labels, {
      money: (cents, currency) => formatMoney(cents, currency, lang),
      percent: (bp) => formatPercent(bp, lang),
    });
  });
  protected readonly localeText = computed(() => this.gridTexts() ?? {});

  constructor() {
    effect(() => {
      const label = this.label();
      if (this.api()) this.host.nativeElement.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', label);
    });
  }

  protected ready(event: GridReadyEvent<CatalogItem>): void {
    this.api.set(event.api);
  }

  protected rowClicked(event: RowClickedEvent<CatalogItem>): void {
    if (event.data) this.rowOpened.emit(event.data);
  }

  protected cellKeyDown(event: CellKeyDownEvent<CatalogItem> | FullWidthCellKeyDownEvent<CatalogItem>): void {
    const key = (event.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && event.data) this.rowOpened.emit(event.data);
  }
}
