import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { JobListView, JobSummary } from '@contract/jobs-list';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Actions } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { LocalNumberPipe } from '../../../shared/ui/local-number-pipe';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { callError } from '../../../shared/util/call-state';
import {
  JobColumnPrefs,
  JobListPageActions,
  JobPickers,
  type JobQuery,
  JobsApi,
  JobsApiActions,
  createJobDatasource,
  defaultJobQuery,
  exportUrl,
  liveJobChanges,
  refreshedRows,
  sameQuery,
  selectListView,
} from '../data-access';
import { JobColumnChooser } from '../ui/job-column-chooser/job-column-chooser';
import { type JobFilterValues, JobFilters } from '../ui/job-filters/job-filters';
import { JobGrid, type JobGridSort } from '../ui/job-grid/job-grid';
import { optionalJobColumns } from '../ui/job-grid/job-grid.columns';
import { JobViews } from '../ui/job-views/job-views';

/** `/jobs`: the dispatchers' grid of every job, filtered and sorted on the server, live. */
@Component({
  selector: 'fd-job-list-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
    ApiErrorMessage,
    LocalNumberPipe,
    PluralPipe,
    JobColumnChooser,
    JobFilters,
    JobGrid,
    JobViews,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-list-page.html',
  styleUrl: './job-list-page.scss',
})
export class JobListPage {
  private readonly store = inject(Store);
  // The grid pulls its blocks itself (infinite row model): rows stream past the store, only the
  // total and failures come back to it as actions.
  private readonly api = inject(JobsApi);
  private readonly prefs = inject(JobColumnPrefs);
  private readonly pickers = inject(JobPickers);
  private readonly transloco = inject(TranslocoService);
  private readonly grid = viewChild(JobGrid);

  protected readonly view = this.store.selectSignal(selectListView);
  protected readonly canCreate = this.store.selectSignal(selectMay('jobs', 'write'));
  protected readonly error = computed(() => callError(this.view().callState));
  private readonly attempt = signal(0);
  // Only a different query (not a new total or call state) may restart the grid.
  private readonly query = computed(() => this.view().query, { equal: sameQuery });
  protected readonly shownQuery = computed<JobQuery>(() => this.query() ?? defaultJobQuery);

  /** A new datasource per query (and per retry): the grid starts again from the first block. */
  protected readonly datasource = computed(() => {
    this.attempt();
    const query = this.query();
    if (!query) return null;
    return createJobDatasource((request) => this.api.list(request), query, {
      loaded: (total) => this.store.dispatch(JobsApiActions.listBlockLoaded({ query, total })),
      failed: (error) => this.store.dispatch(JobsApiActions.listBlockFailed({ query, error })),
    });
  });
  protected readonly gridSort = computed<JobGridSort>(() => ({ sort: this.shownQuery().sort, dir: this.shownQuery().dir }));
  protected readonly exportHref = computed(() => exportUrl(this.shownQuery()));

  protected readonly columnChoice = signal(this.prefs.read());
  private readonly columnLabels = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('grid.columns', {}, 'jobs'));
  protected readonly choosableColumns = computed(() => {
    const labels = this.columnLabels() ?? {};
    return optionalJobColumns.map((id) => ({ id, label: labels[id] ?? id }));
  });

  protected readonly technicianOptions = computed(() => this.pickers.technicians().map((t) => ({ id: t.id, name: t.displayName })));
  protected readonly customerOptions = computed(() => this.pickers.customers().map((c) => ({ id: c.id, name: c.name })));
  protected readonly customerNames = this.pickers.knownCustomers;

  constructor() {
    this.pickers.loadTechnicians();
    effect(() => this.pickers.nameCustomer(this.shownQuery().customerId));
    // Live: a job changed elsewhere is re-read and put back in its row, if that row is loaded.
    refreshedRows(
      liveJobChanges(inject(Actions)),
      (jobId) => this.grid()?.loadedVersion(jobId),
      (jobId) => this.api.get(jobId),
    )
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
    this.pickers.searchCustomers(q);
  }

  protected sortChanged({ sort, dir }: JobGridSort): void {
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

  protected hiddenChanged(hidden: string[]): void {
    this.saveColumns({ ...this.columnChoice(), hidden });
  }

  protected columnResized({ colId, width }: { colId: string; width: number }): void {
    this.saveColumns({ ...this.columnChoice(), widths: { ...this.columnChoice().widths, [colId]: Math.round(width) } });
  }

  protected retry(): void {
    this.store.dispatch(JobListPageActions.retried());
    this.attempt.update((n) => n + 1);
  }

  private saveColumns(choice: ReturnType<JobColumnPrefs['read']>): void {
    this.columnChoice.set(choice);
    this.prefs.write(choice);
  }
}
