import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Actions } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { EMPTY, catchError, debounceTime, filter, map, mergeMap } from 'rxjs';
import { selectMay } from '../../../core/auth/may';
import { Notifier } from '../../../core/notifications/notifier';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { NowTicker } from '../../../shared/ui/now-ticker';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { type ApiErrorInfo, toApiErrorInfo } from '../../../shared/util/api-error';
import { pluralKey } from '../../../shared/util/plural';
import { formatLocalDate } from '../../../shared/util/format';
import { formatRelativeTime } from '../../../shared/util/relative-time';
import {
  type ChartTexts,
  type ReserveBulkInput,
  ReservePickers,
  type ReserveQuery,
  type ReserveStats,
  type ReserveSummary,
  ReservesApi,
  createReserveDatasource,
  fieldName,
  isFiltered,
  liveReserveChanges,
  openByAgeChart,
  openedVsClosedChart,
  queryFromParams,
  queryToParams,
  sameQuery,
  summaryOfDetail,
  topFieldsChart,
} from '../data-access';
import { BulkDialog, type BulkDialogData } from '../ui/bulk-dialog';
import { type NamedChart, ReserveChartsPanel } from '../ui/reserve-charts-panel';
import { ReserveFilters } from '../ui/reserve-filters';
import { ReserveGrid } from '../ui/reserve-grid';
import type { ReserveColumnLabels } from '../ui/reserve-grid.columns';

/** i18n keys cannot hold `<` and `>` comfortably: the API's age buckets by key. */
const BUCKET_KEYS: Record<string, string> = { '<1d': 'lt1d', '1-3d': '1to3d', '3-7d': '3to7d', '7-30d': '7to30d', '>30d': 'gt30d' };

type ChartLabels = Record<string, string> & { bucket: Record<string, string> };

/** `/reserves`: the supervisors' triage inbox, filtered on the server, live, with bulk actions and charts. */
@Component({
  selector: 'fd-reserve-list-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoDirective,
    TranslocoPipe,
    ApiErrorMessage,
    PluralPipe,
    ReserveChartsPanel,
    ReserveFilters,
    ReserveGrid,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reserve-list-page.html',
  styleUrl: './reserve-list-page.scss',
})
export class ReserveListPage {
  private readonly api = inject(ReservesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  protected readonly pickers = inject(ReservePickers);
  protected readonly now = inject(NowTicker).now;
  private readonly grid = viewChild(ReserveGrid);

  protected readonly canTriage = inject(Store).selectSignal(selectMay('reserves', 'write'));
  private readonly params = toSignal(this.route.queryParams, { initialValue: {} });
  protected readonly query = computed<ReserveQuery>(() => queryFromParams(this.params()), { equal: sameQuery });
  protected readonly filtered = computed(() => isFiltered(this.query()));

  protected readonly total = signal<number | null>(null);
  protected readonly error = signal<ApiErrorInfo | null>(null);
  protected readonly loading = computed(() => this.total() === null && !this.error());
  private readonly attempt = signal(0);
  protected readonly selection = signal<ReserveSummary[]>([]);

  /** A new datasource per query (and per retry): the grid starts again from the first block. */
  protected readonly datasource = computed(() => {
    this.attempt();
    const query = this.query();
    return createReserveDatasource((request) => this.api.list(request), query, {
      loaded: (total) => this.total.set(total),
      failed: (error) => this.error.set(error),
    });
  });

  private readonly columnLabels = toSignal(this.transloco.selectTranslateObject<ReserveColumnLabels>('columns', {}, 'reserves'));
  private readonly gridTexts = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('grid', {}, 'reserves'));
  protected readonly labels = computed(() => {
    const labels = this.columnLabels();
    return labels && typeof labels === 'object' ? labels : null;
  });
  protected readonly localeText = computed(() => this.gridTexts() ?? {});
  protected readonly cellTexts = computed(() => {
    const lang = this.transloco.activeLang();
    this.labels();
    return {
      status: (status: string) => this.transloco.translate(`reserves.status.${status}`),
      relative: (iso: string) => formatRelativeTime(iso, this.now(), lang),
      oldAge: (age: string) => this.transloco.translate('reserves.grid.oldAge', { age }),
      field: fieldName,
    };
  });

  protected readonly showCharts = signal(true);
  private readonly stats = signal<ReserveStats | null>(null);
  protected readonly statsError = signal(false);
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
    this.pickers.load();
    effect(() => {
      this.datasource();
      untracked(() => {
        this.total.set(null);
        this.error.set(null);
        this.selection.set([]);
      });
    });
    this.loadStats();
    // Live: a changed reserve is re-read into its row if loaded; a new one re-reads the loaded blocks.
    const changes$ = liveReserveChanges(inject(Actions)).pipe(takeUntilDestroyed());
    changes$
      .pipe(
        filter((c) => c.kind === 'updated' && this.grid()?.loadedVersion(c.reserveId) !== undefined),
        mergeMap((c) => this.api.get(c.reserveId).pipe(catchError(() => EMPTY))),
        map(summaryOfDetail),
      )
      .subscribe((row) => this.grid()?.replaceRow(row));
    changes$.pipe(filter((c) => c.kind === 'raised'), debounceTime(500)).subscribe(() => {
      this.grid()?.reloadLoaded();
      this.loadStats();
    });
  }

  protected filtersChanged(changes: Partial<ReserveQuery>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: queryToParams({ ...this.query(), ...changes }) });
  }

  protected clearFilters(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected opened(row: ReserveSummary): void {
    void this.router.navigate(['/reserves', row.id]);
  }

  protected jobOpened(number: string): void {
    void this.router.navigate(['/jobs', number]);
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected clearSelection(): void {
    this.grid()?.clearSelection();
  }

  protected openBulk(mode: BulkDialogData['mode']): void {
    const data: BulkDialogData = { mode, ids: this.selection().map((r) => r.id), supervisors: this.pickers.supervisors() };
    this.dialog
      .open<BulkDialog, BulkDialogData, ReserveBulkInput>(BulkDialog, { data, autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(filter((body): body is ReserveBulkInput => !!body))
      .subscribe((body) => this.applyBulk(body));
  }

  private applyBulk(body: ReserveBulkInput): void {
    this.api.bulk(body).subscribe({
      next: ({ updated, conflicts }) => {
        this.notifier.info(this.pluralKey('reserves.bulk.done', updated), { count: updated });
        if (conflicts.length) this.notifier.info(this.pluralKey('reserves.bulk.conflicts', conflicts.length), { count: conflicts.length });
        this.grid()?.clearSelection();
        this.grid()?.reloadLoaded();
        this.loadStats();
      },
      error: (error: unknown) => this.notifier.error(toApiErrorInfo(error)),
    });
  }

  private pluralKey(base: string, count: number): string {
    return pluralKey(base, count, this.transloco.getActiveLang());
  }

  private loadStats(): void {
    this.api.stats().subscribe({
      next: (stats) => {
        this.stats.set(stats);
        this.statsError.set(false);
      },
      error: () => this.statsError.set(true),
    });
  }
}
