import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { JobListView, JobSummary } from '@contract/jobs-list';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { datasourcePerQuery } from '../../../shared/ui/list-page/list-datasource';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { type ListState, ListSummary } from '../../../shared/ui/list-page/list-summary';
import { GridColumnChooser } from '../../../shared/ui/infinite-grid/grid-column-chooser';
import { GridColumnPrefs } from '../../../shared/ui/infinite-grid/grid-column-prefs';
import type { GridSort } from '../../../shared/ui/infinite-grid/grid-columns';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { callError } from '../../../shared/util/call-state';
import {
  JobListPageActions,
  type JobQuery,
  JobsDatasource,
  defaultJobQuery,
  exportUrl,
  sameQuery,
  selectCustomerNames,
  selectCustomerOptions,
  selectListView,
  selectTechnicianOptions,
} from '../data-access';
import { type JobFilterValues, JobFilters } from '../ui/job-filters/job-filters';
import { JOB_GRID_ID, jobGrid, optionalJobColumns } from '../ui/job-grid/job-grid.columns';
import { JobViews } from '../ui/job-views/job-views';

/** `/jobs`: the dispatchers' grid of every job, filtered and sorted on the server, live. */
@Component({
  selector: 'fd-job-list-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
    ListPage,
    ListSummary,
    GridColumnChooser,
    JobFilters,
    InfiniteGrid,
    JobViews,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-list-page.html',
  styleUrl: './job-list-page.scss',
})
export class JobListPage {
  private readonly store = inject(Store);
  private readonly datasources = inject(JobsDatasource);
  private readonly prefs = inject(GridColumnPrefs);
  private readonly transloco = inject(TranslocoService);
  private readonly grid = viewChild<InfiniteGrid<JobSummary>>(InfiniteGrid);
  protected readonly jobGrid = jobGrid;

  protected readonly view = this.store.selectSignal(selectListView);
  protected readonly canCreate = this.store.selectSignal(selectMay('jobs', 'write'));
  protected readonly error = computed(() => callError(this.view().callState));
  protected readonly listState = computed<ListState>(() => {
    const { callState, total, totalIsEstimate, filtered } = this.view();
    return { loading: callState === 'loading', total, totalIsEstimate, error: this.error(), filtered };
  });
  private readonly attempt = signal(0);
  // Only a different query (not a new total or call state) may restart the grid.
  private readonly query = computed(() => this.view().query, { equal: sameQuery });
  protected readonly shownQuery = computed<JobQuery>(() => this.query() ?? defaultJobQuery);

  protected readonly datasource = datasourcePerQuery(this.query, (query) => this.datasources.create(query), this.attempt);
  protected readonly gridSort = computed<GridSort>(() => ({ sort: this.shownQuery().sort, dir: this.shownQuery().dir }));
  protected readonly exportHref = computed(() => exportUrl(this.shownQuery()));

  protected readonly shownColumns = computed(() => {
    const hidden = this.prefs.read(JOB_GRID_ID).hidden;
    return optionalJobColumns.filter((id) => !hidden.includes(id));
  });
  private readonly columnLabels = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('grid.columns', {}, 'jobs'));
  protected readonly choosableColumns = computed(() => {
    const labels = this.columnLabels() ?? {};
    return optionalJobColumns.map((id) => ({ id, label: labels[id] ?? id }));
  });

  protected readonly technicianOptions = this.store.selectSignal(selectTechnicianOptions);
  protected readonly customerOptions = this.store.selectSignal(selectCustomerOptions);
  protected readonly customerNames = this.store.selectSignal(selectCustomerNames);

  constructor() {
    this.store.dispatch(JobListPageActions.opened());
    // Live: a job changed elsewhere is re-read and put back in its row, if that row is loaded.
    this.datasources
      .liveRows((jobId) => this.grid()?.loadedVersion(jobId))
      .pipe(takeUntilDestroyed())
      .subscribe((row) => this.grid()?.replaceRow(row));
  }

  protected viewChosen(view: JobListView | null): void {
    this.store.dispatch(JobListPageActions.viewChosen({ view }));
  }

  protected filtersChanged(changes: Partial<JobFilterValues>): void {
    this.store.dispatch(JobListPageActions.filtersChanged({ changes }));
  }

  protected customerSearched(q: string): void {
    this.store.dispatch(JobListPageActions.customerSearched({ q }));
  }

  protected sortChanged({ sort, dir }: GridSort): void {
    this.store.dispatch(JobListPageActions.sortChanged({ sort: sort as JobQuery['sort'], dir }));
  }

  protected clearFilters(): void {
    this.store.dispatch(JobListPageActions.filtersCleared());
  }

  protected opened(job: JobSummary): void {
    this.store.dispatch(JobListPageActions.jobOpened({ number: job.number }));
  }

  protected exportStarted(): void {
    this.store.dispatch(JobListPageActions.exportStarted());
  }

  protected shownChanged(shown: string[]): void {
    this.prefs.hide(JOB_GRID_ID, optionalJobColumns.filter((id) => !shown.includes(id)));
  }

  protected retry(): void {
    this.store.dispatch(JobListPageActions.retried());
    this.attempt.update((n) => n + 1);
  }
}
