import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { RepairOutcome } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { datasourcePerQuery } from '../../../shared/ui/list-page/list-datasource';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListFilters } from '../../../shared/ui/list-page/list-filters';
import { type ListState, ListSummary } from '../../../shared/ui/list-page/list-summary';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { pluralKey } from '../../../shared/util/plural';
import {
  DepotApiActions,
  RepairQueueDatasources,
  RepairQueuePageActions,
  depotErrorMessage,
  selectAllDepots,
  selectCanWriteStock,
  selectRepairProgress,
  selectRepairQuery,
  selectRepairQueueView,
  selectRevision,
} from '../data-access';
import { RepairQueueGrid, type RepairRequestEvent } from '../ui/repair-queue-grid/repair-queue-grid';
import { repairConfirmation } from '../ui/repair-buttons/repair-confirmation';

/** No serial is longer (SERIAL_PATTERN): the server refuses a longer prefix. */
const SERIAL_MAX_LENGTH = 64;

/** `/repairs`: every unit waiting for repair, repaired (usable again) or declared obsolete, one by one or in bulk. */
@Component({
  selector: 'fd-repair-queue-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ListFilters,
    ListPage,
    ListSummary,
    PluralPipe,
    RepairQueueGrid,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './repair-queue-page.html',
  styleUrl: './repair-queue-page.scss',
})
export class RepairQueuePage {
  private readonly store = inject(Store);
  private readonly datasources = inject(RepairQueueDatasources);
  private readonly router = inject(Router);
  private readonly lang = inject(TranslocoService).activeLang;
  private readonly confirmRepair = repairConfirmation();
  /** `?depotId=` when opened from a depot's page. */
  readonly depotId = input<string | undefined>(undefined);

  protected readonly query = this.store.selectSignal(selectRepairQuery);
  protected readonly depots = this.store.selectSignal(selectAllDepots);
  protected readonly canWrite = this.store.selectSignal(selectCanWriteStock);
  protected readonly progress = this.store.selectSignal(selectRepairProgress);
  private readonly revision = this.store.selectSignal(selectRevision);
  /** What the grid reported (total, failure) and the retry count, kept in the store. */
  private readonly queue = this.store.selectSignal(selectRepairQueueView);
  protected readonly total = computed(() => this.queue().total);
  protected readonly queueError = computed(() => this.queue().error);
  protected readonly listState = computed<ListState>(() => ({
    loading: this.total() === null && !this.queueError(),
    total: this.total(),
    error: this.queueError(),
    filtered: !!(this.query().q || this.query().depotId),
  }));
  private readonly attempt = computed(() => this.queue().attempt);
  private readonly grid = viewChild(RepairQueueGrid);
  /** Rows the grid has loaded so far: only the grid's footer needs it, so it stays here. */
  protected readonly loaded = signal(0);

  /** Serials of the units seen, to name the failed ones after the list was read again. */
  private readonly serials = new Map<string, string>();
  protected readonly failures = computed(() =>
    this.progress().failed.map((f) => ({
      serial: this.serials.get(f.unitId) ?? f.unitId,
      message: depotErrorMessage({ status: 409, code: f.code, message: f.message }),
    })),
  );

  /** Per change to the stock too: the grid reads the queue again. */
  protected readonly datasource = datasourcePerQuery(
    this.query,
    (query) => {
      let rows = 0;
      return this.datasources.create(query, {
        loaded: (total, items) => {
          for (const unit of items) this.serials.set(unit.id, unit.serial);
          rows += items.length;
          this.loaded.set(rows);
          this.store.dispatch(DepotApiActions.repairQueueBlockLoaded({ total }));
        },
        failed: (error) => this.store.dispatch(DepotApiActions.repairQueueBlockFailed({ error })),
      });
    },
    this.revision,
    this.attempt,
  );

  constructor() {
    this.store.dispatch(RepairQueuePageActions.opened());
    effect(() => {
      const depotId = this.depotId();
      untracked(() => {
        if (depotId !== undefined && depotId !== this.query().depotId) this.changeQuery({ depotId });
      });
    });
    effect(() => {
      this.datasource();
      untracked(() => this.loaded.set(0));
    });
    // A run that ended leaves nothing selected: repaired rows are gone, failed ones are listed.
    effect(() => {
      if (this.progress().callState === 'loaded') untracked(() => this.grid()?.clearSelection());
    });
  }

  protected changeQuery(change: Partial<{ q: string; depotId: string | null }>): void {
    this.store.dispatch(RepairQueuePageActions.queryChanged({ query: { ...this.query(), ...change } }));
  }

  protected searchSerial(q: string): void {
    this.changeQuery({ q: q.slice(0, SERIAL_MAX_LENGTH) });
  }

  protected bulk({ unitIds, outcome }: RepairRequestEvent): void {
    this.confirmRepair(outcome, unitIds.length, () => this.store.dispatch(RepairQueuePageActions.bulkRepairConfirmed({ unitIds, outcome })));
  }

  protected single({ unitIds, outcome }: RepairRequestEvent): void {
    this.confirmRepair(outcome, 1, () => this.store.dispatch(RepairQueuePageActions.repairConfirmed({ unitId: unitIds[0], outcome })));
  }

  protected open(href: string): void {
    void this.router.navigateByUrl(href);
  }

  protected retry(): void {
    this.store.dispatch(RepairQueuePageActions.retried());
  }

  protected dismissResult(): void {
    this.store.dispatch(RepairQueuePageActions.resultDismissed());
  }

  protected resultKey(outcome: RepairOutcome | null, count: number): string {
    return pluralKey(outcome === 'obsolete' ? 'depot.repairs.resultObsolete' : 'depot.repairs.resultRepaired', count, this.lang());
  }
}
