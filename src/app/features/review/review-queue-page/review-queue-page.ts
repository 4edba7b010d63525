import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import type { CustomerSummary, ReviewQueueItem, TechnicianOption } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { IDatasource } from 'ag-grid-community';
import { Subject, catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { NowTicker } from '../../../shared/ui/now-ticker';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import { ReviewApi, type ReviewFilters, createReviewDatasource, filtersFromParams, paramsFromFilters, queueQuery } from '../data-access';
import { reviewColumns } from '../ui/review-queue.columns';

type QueueState = 'loading' | 'loaded' | 'empty' | { error: ApiErrorInfo };

/** Returned jobs waiting for a manager, oldest first; the filters live in the URL. */
@Component({
  selector: 'fd-review-queue-page',
  imports: [
    InfiniteGrid,
    TranslocoPipe,
    ApiErrorMessage,
    MatFormFieldModule,
    MatSelectModule,
    MatInputModule,
    MatAutocompleteModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue-page.html',
  styleUrl: './review-queue-page.scss',
})
export class ReviewQueuePage {
  private readonly api = inject(ReviewApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly transloco = inject(TranslocoService);
  private readonly ticker = inject(NowTicker);

  protected readonly filters = toSignal(this.route.queryParams.pipe(map((params) => filtersFromParams(params))), {
    initialValue: filtersFromParams(this.route.snapshot.queryParams),
  });
  protected readonly state = signal<QueueState>('loading');
  private readonly reload = signal(0);
  protected readonly total = signal(0);
  private readonly lang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  /** Follows the language and waits for the scope's file (headers are not rendered by a pipe). */
  private readonly labels = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('queue', {}, 'review'), {
    initialValue: {} as Record<string, string>,
  });

  protected readonly technicians = toSignal(this.api.technicians().pipe(catchError(() => of([] as TechnicianOption[]))), {
    initialValue: [] as TechnicianOption[],
  });
  private readonly customerSearches = new Subject<string>();
  protected readonly customerMatches = toSignal(
    this.customerSearches.pipe(
      map((q) => q.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q) => (q ? this.api.customers(q).pipe(catchError(() => of([] as CustomerSummary[]))) : of([] as CustomerSummary[]))),
    ),
    { initialValue: [] as CustomerSummary[] },
  );
  private readonly customerNames = signal<Record<string, string>>({});
  protected readonly customerText = computed(() => {
    const id = this.filters().customerId;
    return id ? (this.customerNames()[id] ?? '') : '';
  });

  protected readonly columns = computed(() => {
    const labels = this.labels();
    const t = (key: string) => labels[key] ?? '';
    return reviewColumns(
      {
        number: t('number'),
        customer: t('customer'),
        technician: t('technician'),
        returned: t('returned'),
        worked: t('worked'),
        overrun: t('overrun'),
        reserves: t('reserves'),
        openReserves: t('openReserves'),
        signatures: t('signatures'),
        missingSignature: { customer: t('missingCustomer'), technician: t('missingTechnician') },
        total: t('totalExclTax'),
      },
      this.lang(),
      () => this.ticker.now(),
    );
  });
  protected readonly now = this.ticker.now;

  protected readonly datasource = computed<IDatasource>(() => {
    this.reload();
    const query = queueQuery(this.filters());
    return createReviewDatasource((q, limit, cursor) => this.api.queue(q, limit, cursor), query, {
      loaded: (total) => {
        this.total.set(total);
        this.state.set(total ? 'loaded' : 'empty');
      },
      failed: (error) => this.state.set({ error }),
    });
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return typeof state === 'object' ? state.error : null;
  });
  protected readonly filtered = computed(() => {
    const f = this.filters();
    return !!(f.technicianId || f.customerId || f.hasOpenReserves || f.missingSignatures);
  });

  protected change(patch: Partial<ReviewFilters>): void {
    this.state.set('loading');
    void this.router.navigate([], { queryParams: paramsFromFilters({ ...this.filters(), ...patch }), queryParamsHandling: 'merge' });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected searchCustomers(q: string): void {
    this.customerSearches.next(q);
    if (!q.trim() && this.filters().customerId) this.change({ customerId: null });
  }

  protected customerPicked(event: MatAutocompleteSelectedEvent): void {
    const customer = event.option.value as CustomerSummary;
    this.customerNames.update((names) => ({ ...names, [customer.id]: customer.name }));
    this.change({ customerId: customer.id });
  }

  protected readonly customerLabel = (value: CustomerSummary | string | null) => (typeof value === 'string' ? value : (value?.name ?? ''));

  protected retry(): void {
    this.state.set('loading');
    this.reload.update((n) => n + 1);
  }

  protected open(item: ReviewQueueItem): void {
    void this.router.navigate(['/review', item.number]);
  }
}
