import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { JobSummary } from '@contract/jobs-list';
import { TranslocoService } from '@jsverse/transloco';
import { AgGridAngular } from 'ag-grid-angular';
import {
  type CellKeyDownEvent,
  CellStyleModule,
  ColumnApiModule,
  type ColumnResizedEvent,
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
  type SortChangedEvent,
  themeQuartz,
} from 'ag-grid-community';
import { NowTicker } from '../../../../shared/ui/now-ticker';
import { formatLocalDate } from '../../../../shared/util/format';
import { formatRelativeTime } from '../../../../shared/util/relative-time';
import { type JobColumnLabels, formatWorked, jobColumns, sortableJobColumns } from './job-grid.columns';

ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  LocaleModule,
  CellStyleModule,
  RenderApiModule,
  RowApiModule,
  ColumnApiModule,
]);

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

export interface JobGridSort {
  sort: string | null;
  dir: 'asc' | 'desc' | null;
}

/**
 * The jobs grid on ag-grid's infinite row model. Unlike the shared InfiniteGrid it sorts from its
 * headers (on the server: it reports the sort, the page puts it in the URL), remembers column
 * widths through its outputs, and can replace one loaded row in place (live updates keep the scroll).
 */
@Component({
  selector: 'fd-job-grid',
  imports: [AgGridAngular],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ag-grid-angular
      class="grid"
      [theme]="theme"
      rowModelType="infinite"
      [columnDefs]="columns()"
      [getRowId]="getRowId"
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
    :host ::ng-deep .reserve-badge {
      display: inline-block;
      min-width: 22px;
      padding: 0 8px;
      border-radius: 11px;
      text-align: center;
      line-height: 22px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class JobGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  readonly hidden = input<readonly string[]>([]);
  readonly widths = input<Readonly<Record<string, number>>>({});
  /** The query's sort; a header shows it. */
  readonly sort = input<JobGridSort>({ sort: null, dir: null });
  readonly rowOpened = output<JobSummary>();
  readonly sortChanged = output<JobGridSort>();
  /** A column width the user dragged (remembered per user by the page). */
  readonly columnResized = output<{ colId: string; width: number }>();

  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly now = inject(NowTicker).now;
  private readonly api = signal<GridApi<JobSummary> | null>(null);
  private shownDatasource: IDatasource | null = null;

  protected readonly theme = gridTheme;
  protected readonly getRowId = ({ data }: GetRowIdParams<JobSummary>) => data.id;

  private readonly labels = toSignal(this.transloco.selectTranslateObject<JobColumnLabels>('grid.columns', {}, 'jobs'));
  private readonly texts = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('grid.texts', {}, 'jobs'));
  protected readonly localeText = computed(() => this.texts() ?? {});

  protected readonly columns = computed(() => {
    const labels = this.labels();
    if (!labels || typeof labels !== 'object') return [];
    const lang = this.transloco.activeLang();
    return jobColumns(
      labels,
      {
        dateTime: (iso) => formatLocalDate(iso, lang),
        relative: (iso) => formatRelativeTime(iso, Date.now(), lang),
        duration: formatWorked,
      },
      { hidden: this.hidden(), widths: this.widths() },
    );
  });

  constructor() {
    effect(() => {
      const api = this.api();
      const datasource = this.datasource();
      const { sort, dir } = this.sort();
      if (!api) return;
      // The sort first: the grid then asks the new datasource only once.
      if (!sameSort(currentSort(api), { sort, dir })) {
        api.applyColumnState({
          state: sort && sortableJobColumns.includes(sort) ? [{ colId: sort, sort: dir ?? 'asc' }] : [],
          defaultState: { sort: null },
        });
      }
      if (datasource !== this.shownDatasource) {
        this.shownDatasource = datasource;
        api.setGridOption('datasource', datasource ?? undefined);
      }
    });
    effect(() => {
      this.now();
      this.api()?.refreshCells({ columns: ['updatedAt'], force: true });
    });
    effect(() => {
      const label = this.label();
      if (this.api()) this.host.nativeElement.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', label);
    });
  }

  /** The version of a job's row when it is loaded, else undefined (nothing to refresh). */
  loadedVersion(jobId: string): number | undefined {
    return this.api()?.getRowNode(jobId)?.data?.version;
  }

  /** Puts a fresh copy of a loaded job in its row, where it is: no reload, no scroll. */
  replaceRow(job: JobSummary): void {
    const node = this.api()?.getRowNode(job.id);
    if (node?.data && job.version >= node.data.version) node.setData(job);
  }

  protected ready(event: GridReadyEvent<JobSummary>): void {
    this.api.set(event.api);
  }

  protected rowClicked(event: RowClickedEvent<JobSummary>): void {
    if (event.data) this.rowOpened.emit(event.data);
  }

  protected cellKeyDown(event: CellKeyDownEvent<JobSummary> | FullWidthCellKeyDownEvent<JobSummary>): void {
    const key = (event.event as KeyboardEvent | null)?.key;
    if (key === 'Enter' && event.data) this.rowOpened.emit(event.data);
  }

  protected sorted(event: SortChangedEvent<JobSummary>): void {
    if (event.source !== 'uiColumnSorted') return;
    this.sortChanged.emit(currentSort(event.api));
  }

  protected resized(event: ColumnResizedEvent<JobSummary>): void {
    if (!event.finished || event.source !== 'uiColumnResized') return;
    for (const column of event.columns ?? []) this.columnResized.emit({ colId: column.getColId(), width: column.getActualWidth() });
  }
}

function currentSort(api: GridApi<JobSummary>): JobGridSort {
  const sorted = api.getColumnState().find((c) => c.sort);
  return sorted ? { sort: sorted.colId, dir: sorted.sort ?? 'asc' } : { sort: null, dir: null };
}

function sameSort(a: JobGridSort, b: JobGridSort): boolean {
  const shown = (s: JobGridSort) => (s.sort && sortableJobColumns.includes(s.sort) ? `${s.sort}:${s.dir ?? 'asc'}` : '');
  return shown(a) === shown(b);
}
