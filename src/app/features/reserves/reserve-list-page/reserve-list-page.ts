import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { ActivatedRoute } from '@angular/router';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Actions, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { debounceTime, filter } from 'rxjs';
import { selectMay } from '../../../core/auth/may';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { datasourcePerQuery } from '../../../shared/ui/list-page/list-datasource';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { type ListState, ListSummary } from '../../../shared/ui/list-page/list-summary';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { formatLocalDate } from '../../../shared/util/format';
import {
  type ChartTexts,
  type ReserveBulkInput,
  ReserveInboxSource,
  ReserveListPageActions,
  type ReserveQuery,
  type ReserveSummary,
  ReservesApiActions,
  fieldName,
  isFiltered,
  liveReserveChanges,
  openByAgeChart,
  openedVsClosedChart,
  queryFromParams,
  reservesFeature,
  sameQuery,
  selectCustomerNames,
  selectCustomerOptions,
  selectSupervisorOptions,
  selectTechnicianOptions,
  topFieldsChart,
} from '../data-access';
import { BulkDialog, type BulkDialogData } from '../ui/bulk-dialog';
import { type NamedChart, ReserveChartsPanel } from '../ui/reserve-charts-panel';
import { rememberedFlag } from '../../../shared/ui/remembered-flag';
import { ReserveFilters } from '../ui/reserve-filters';
import { reserveGrid } from '../ui/reserve-grid.columns';

/** i18n keys cannot hold `<` and `>` comfortably: the API's age buckets by key. */
const BUCKET_KEYS: Record<string, string> = { '<1d': 'lt1d', '1-3d': '1to3d', '3-7d': '3to7d', '7-30d': '7to30d', '>30d': 'gt30d' };

type ChartLabels = Record<string, string> & { bucket: Record<string, string> };

/** `/reserves`: the supervisors' triage inbox, filtered on the server, live, with bulk actions and charts. */
@Component({
  selector: 'fd-reserve-list-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    TranslocoDirective,
    TranslocoPipe,
    ListPage,
    ListSummary,
    PluralPipe,
    ReserveChartsPanel,
    ReserveFilters,
    InfiniteGrid,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reserve-list-page.html',
  styleUrl: './reserve-list-page.scss',
})
export class ReserveListPage {
  private readonly store = inject(Store);
  private readonly source = inject(ReserveInboxSource);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly grid = viewChild<InfiniteGrid<ReserveSummary>>(InfiniteGrid);
  protected readonly reserveGrid = reserveGrid(fieldName);

  protected readonly canTriage = this.store.selectSignal(selectMay('reserves', 'write'));
  private readonly params = toSignal(inject(ActivatedRoute).queryParams, { initialValue: {} });
  protected readonly query = computed<ReserveQuery>(() => queryFromParams(this.params()), { equal: sameQuery });
  protected readonly filtered = computed(() => isFiltered(this.query()));

  protected readonly technicians = this.store.selectSignal(selectTechnicianOptions);
  protected readonly supervisors = this.store.selectSignal(selectSupervisorOptions);
  protected readonly customers = this.store.selectSignal(selectCustomerOptions);
  private readonly customerNames = this.store.selectSignal(selectCustomerNames);
  protected readonly customerName = computed(() => {
    const id = this.query().customerId;
    return id ? (this.customerNames()[id] ?? '') : '';
  });

  protected readonly total = signal<number | null>(null);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly listState = computed<ListState>(() => ({
    loading: this.total() === null && !this.error(),
    total: this.total(),
    error: this.error(),
    filtered: this.filtered(),
  }));
  private readonly attempt = signal(0);
  protected readonly selection = signal<ReserveSummary[]>([]);

  protected readonly datasource = datasourcePerQuery(
    this.query,
    (query) =>
      this.source.create(query, {
        loaded: (total) => this.total.set(total),
        failed: (error) => this.error.set(error),
      }),
    this.attempt,
  );

  /** Folded by default (the grid first: issue 16), open again on the next visit if the user opened them. */
  protected readonly showCharts = rememberedFlag('reserveCharts', false);
  private readonly stats = this.store.selectSignal(reservesFeature.selectStats);
  protected readonly statsError = this.store.selectSignal(reservesFeature.selectStatsError);
  private readonly chartLabels = toSignal(this.transloco.selectTranslateObject<ChartLabels>('charts', {}, 'reserves'));
  protected readonly charts = computed<NamedChart[]>(() => {
    const stats = this.stats();
    const labels = this.chartLabels();
    if (!stats || !labels || typeof labels !== 'object') return [];
    const lang = this.transloco.activeLang();
    const texts: ChartTexts = {
      opened: labels['opened']!,
      closed: labels['closed']!,
      count: labels['count']!,
      bucket: (key) => labels.bucket?.[BUCKET_KEYS[key] ?? key] ?? key,
      week: (day) => formatLocalDate(`${day.slice(0, 10)}T12:00:00.000Z`, lang, 'date'),
    };
    return [
      { id: 'opened-closed', titleKey: 'reserves.charts.openedVsClosed', view: openedVsClosedChart(stats, texts) },
      { id: 'open-by-age', titleKey: 'reserves.charts.openByAge', view: openByAgeChart(stats, texts) },
      { id: 'top-fields', titleKey: 'reserves.charts.topFields', view: topFieldsChart(stats, texts) },
    ];
  });

  constructor() {
    effect(() => {
      this.datasource();
      untracked(() => {
        this.total.set(null);
        this.error.set(null);
        this.selection.set([]);
      });
    });
    this.store.dispatch(ReserveListPageActions.opened());
    // Live: a changed reserve is re-read into its row if loaded; a new one re-reads the loaded blocks.
    const actions$ = inject(Actions);
    const changes$ = liveReserveChanges(actions$).pipe(takeUntilDestroyed());
    this.source
      .refreshedRows(changes$, (id) => this.grid()?.loadedVersion(id) !== undefined)
      .subscribe((row) => this.grid()?.replaceRow(row));
    changes$.pipe(filter((c) => c.kind === 'raised'), debounceTime(500)).subscribe(() => {
      this.grid()?.reloadLoaded();
      this.store.dispatch(ReserveListPageActions.reservesRaised());
    });
    // A bulk change went through: the grid shows the changed rows, the selection is done with.
    actions$.pipe(ofType(ReservesApiActions.bulkApplied), takeUntilDestroyed()).subscribe(() => {
      this.grid()?.clearSelection();
      this.grid()?.reloadLoaded();
    });
  }

  protected filtersChanged(changes: Partial<ReserveQuery>): void {
    this.store.dispatch(ReserveListPageActions.filtersChanged({ query: { ...this.query(), ...changes } }));
  }

  protected customerSearched(q: string): void {
    this.store.dispatch(ReserveListPageActions.customerSearchChanged({ q }));
  }

  protected clearFilters(): void {
    this.store.dispatch(ReserveListPageActions.filtersCleared());
  }

  protected opened(row: ReserveSummary): void {
    this.store.dispatch(ReserveListPageActions.reserveOpened({ id: row.id }));
  }

  protected jobOpened(number: string): void {
    this.store.dispatch(ReserveListPageActions.jobOpened({ number }));
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected clearSelection(): void {
    this.grid()?.clearSelection();
  }

  protected openBulk(mode: BulkDialogData['mode']): void {
    const data: BulkDialogData = { mode, ids: this.selection().map((r) => r.id), supervisors: this.supervisors() };
    this.dialog
      .open<BulkDialog, BulkDialogData, ReserveBulkInput>(BulkDialog, { data, autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(filter((body): body is ReserveBulkInput => !!body))
      .subscribe((input) => this.store.dispatch(ReserveListPageActions.bulkSubmitted({ input })));
  }
}
