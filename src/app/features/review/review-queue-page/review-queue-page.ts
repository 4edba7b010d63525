import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { type MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import type { CustomerSummary, ReviewQueueItem } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { selectTakeBacksToCheck } from '../../../core/review-count';
import type { GridDefinition } from '../../../shared/ui/infinite-grid/grid-definition';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { datasourcePerQuery } from '../../../shared/ui/list-page/list-datasource';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { ListStatus } from '../../../shared/ui/list-page/list-status';
import { type ReviewFilters, ReviewQueuePageActions, ReviewQueueSource, filtersFromParams, queueQuery, reviewFeature } from '../data-access';
import { reviewColumns } from '../ui/review-queue.columns';

/** The queue on the shared infinite grid: "returned" times age with the minutes. */
const reviewQueueGrid: GridDefinition<ReviewQueueItem, Record<string, string>> = {
  id: 'review',
  scope: 'review',
  labels: 'queue',
  aging: ['returned'],
  columns: (labels, { lang, now }) => {
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
        takeBacks: t('takeBacks'),
        takeBacksToCheck: t('takeBacksToCheck'),
        missingSignature: { customer: t('missingCustomer'), technician: t('missingTechnician') },
        total: t('totalExclTax'),
      },
      lang,
      now,
    );
  },
};

/** Returned jobs waiting for a manager, oldest first; the filters live in the URL. */
@Component({
  selector: 'fd-review-queue-page',
  imports: [
    InfiniteGrid,
    ListPage,
    ListProblem,
    ListStatus,
    TranslocoPipe,
    MatFormFieldModule,
    MatSelectModule,
    MatInputModule,
    MatAutocompleteModule,
    MatCheckboxModule,
    MatChipsModule,
    MatButtonModule,
    MatIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue-page.html',
  styleUrl: './review-queue-page.scss',
})
export class ReviewQueuePage {
  private readonly store = inject(Store);
  private readonly source = inject(ReviewQueueSource);
  private readonly route = inject(ActivatedRoute);

  protected readonly filters = toSignal(this.route.queryParams.pipe(map((params) => filtersFromParams(params))), {
    initialValue: filtersFromParams(this.route.snapshot.queryParams),
  });
  protected readonly state = this.store.selectSignal(reviewFeature.selectQueueView);
  private readonly queue = this.store.selectSignal(reviewFeature.selectQueue);
  private readonly attempt = computed(() => this.queue().attempt);
  protected readonly total = computed(() => this.queue().total);
  /** Returned jobs with a take-back to check, beside the quick view (kept fresh by live events); null until known. */
  protected readonly takeBacksToCheck = this.store.selectSignal(selectTakeBacksToCheck);

  protected readonly technicians = computed(() => this.queue().technicians);
  protected readonly customerMatches = computed(() => this.queue().customerMatches);
  private readonly customerNames = signal<Record<string, string>>({});
  protected readonly customerText = computed(() => {
    const id = this.filters().customerId;
    return id ? (this.customerNames()[id] ?? '') : '';
  });

  protected readonly grid = reviewQueueGrid;

  protected readonly datasource = datasourcePerQuery(this.filters, (filters) => this.source.create(queueQuery(filters)), this.attempt);
  protected readonly error = computed(() => {
    const state = this.state();
    return typeof state === 'object' ? state.error : null;
  });
  protected readonly filtered = computed(() => {
    const f = this.filters();
    return !!(f.technicianId || f.customerId || f.hasOpenReserves || f.missingSignatures);
  });

  constructor() {
    this.store.dispatch(ReviewQueuePageActions.opened());
  }

  protected change(patch: Partial<ReviewFilters>): void {
    this.store.dispatch(ReviewQueuePageActions.filtersChanged({ filters: { ...this.filters(), ...patch } }));
  }

  protected viewChosen(event: MatChipListboxChange): void {
    // Unselecting the chosen chip goes back to every returned job.
    this.change({ takeBacksToCheck: event.value === 'take-backs' });
  }

  protected clear(): void {
    this.store.dispatch(ReviewQueuePageActions.filtersCleared());
  }

  protected searchCustomers(q: string): void {
    this.store.dispatch(ReviewQueuePageActions.customerSearched({ q }));
    if (!q.trim() && this.filters().customerId) this.change({ customerId: null });
  }

  protected customerPicked(event: MatAutocompleteSelectedEvent): void {
    const customer = event.option.value as CustomerSummary;
    this.customerNames.update((names) => ({ ...names, [customer.id]: customer.name }));
    this.change({ customerId: customer.id });
  }

  protected readonly customerLabel = (value: CustomerSummary | string | null) => (typeof value === 'string' ? value : (value?.name ?? ''));

  protected retry(): void {
    this.store.dispatch(ReviewQueuePageActions.retried());
  }

  protected open(item: ReviewQueueItem): void {
    this.store.dispatch(ReviewQueuePageActions.jobOpened({ number: item.number }));
  }
}
