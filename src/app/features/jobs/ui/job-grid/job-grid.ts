import { ChangeDetectionStrategy, Component, computed, inject, input, output, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { JobSummary } from '@contract/jobs-list';
import { TranslocoService } from '@jsverse/transloco';
import type { IDatasource } from 'ag-grid-community';
import { InfiniteGrid } from '../../../../shared/ui/infinite-grid/infinite-grid';
import { type GridSort, noGridSort } from '../../../../shared/ui/infinite-grid/grid-columns';
import { NowTicker } from '../../../../shared/ui/now-ticker';
import { formatLocalDate } from '../../../../shared/util/format';
import { formatRelativeTime } from '../../../../shared/util/relative-time';
import { JOB_GRID_ID, type JobColumnLabels, formatWorked, jobColumns } from './job-grid.columns';

export type JobGridSort = GridSort;

/**
 * The jobs grid: its columns, in the active language, on the shared infinite grid (header sort on
 * the server, columns remembered per user, rows replaced in place by live updates).
 */
@Component({
  selector: 'fd-job-grid',
  imports: [InfiniteGrid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-infinite-grid
      [gridId]="gridId"
      [datasource]="datasource()"
      [columns]="columns()"
      [label]="label()"
      [localeText]="localeText()"
      [sort]="sort()"
      [refreshOn]="now()"
      [refreshColumns]="agingColumns"
      (rowOpened)="rowOpened.emit($event)"
      (sortChanged)="sortChanged.emit($event)"
    />
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
  `,
})
export class JobGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  /** The query's sort; a header shows it. */
  readonly sort = input<JobGridSort>(noGridSort);
  readonly rowOpened = output<JobSummary>();
  readonly sortChanged = output<JobGridSort>();

  private readonly transloco = inject(TranslocoService);
  private readonly grid = viewChild.required<InfiniteGrid<JobSummary>>(InfiniteGrid);
  protected readonly now = inject(NowTicker).now;
  protected readonly gridId = JOB_GRID_ID;
  protected readonly agingColumns = ['updatedAt'];

  private readonly labels = toSignal(this.transloco.selectTranslateObject<JobColumnLabels>('grid.columns', {}, 'jobs'));
  private readonly texts = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('grid.texts', {}, 'jobs'));
  protected readonly localeText = computed(() => this.texts() ?? {});

  protected readonly columns = computed(() => {
    const labels = this.labels();
    if (!labels || typeof labels !== 'object') return [];
    const lang = this.transloco.activeLang();
    return jobColumns(labels, {
      dateTime: (iso) => formatLocalDate(iso, lang),
      relative: (iso) => formatRelativeTime(iso, Date.now(), lang),
      duration: formatWorked,
    });
  });

  /** The version of a job's row when it is loaded, else undefined (nothing to refresh). */
  loadedVersion(jobId: string): number | undefined {
    return this.grid().loadedVersion(jobId);
  }

  /** Puts a fresh copy of a loaded job in its row, where it is: no reload, no scroll. */
  replaceRow(job: JobSummary): void {
    this.grid().replaceRow(job);
  }
}
