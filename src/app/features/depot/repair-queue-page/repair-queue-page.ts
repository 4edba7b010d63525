import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { RepairOutcome } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { debounceTime, distinctUntilChanged, filter, map } from 'rxjs';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { datasourcePerQuery } from '../../../shared/ui/list-page/list-datasource';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { LocalNumberPipe } from '../../../shared/ui/local-number-pipe';
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

const SEARCH_DEBOUNCE_MS = 300;

/** `/repairs`: every unit waiting for repair, repaired (usable again) or declared obsolete, one by one or in bulk. */
@Component({
  selector: 'fd-repair-queue-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ListPage,
    ListProblem,
    LocalNumberPipe,
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
  private readonly dialog = inject(MatDialog);
  private readonly lang = inject(TranslocoService).activeLang;
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
  private readonly attempt = computed(() => this.queue().attempt);
  private readonly grid = viewChild(RepairQueueGrid);
  /** Rows the grid has loaded so far: only the grid's footer needs it, so it stays here. */
  protected readonly loaded = signal(0);
  protected readonly search = new FormControl('', { nonNullable: true });

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
    effect(() => {
      const q = this.query().q;
      untracked(() => {
        if (this.search.value.trim() !== q) this.search.setValue(q, { emitEvent: false });
      });
    });
    this.search.valueChanges
      .pipe(
        map((q) => q.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        filter((q) => q !== this.query().q),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.changeQuery({ q }));
  }

  protected changeQuery(change: Partial<{ q: string; depotId: string | null }>): void {
    this.store.dispatch(RepairQueuePageActions.queryChanged({ query: { ...this.query(), ...change } }));
  }

  protected bulk({ unitIds, outcome }: RepairRequestEvent): void {
    this.confirmed(outcome, unitIds.length, () => this.store.dispatch(RepairQueuePageActions.bulkRepairConfirmed({ unitIds, outcome })));
  }

  protected single({ unitIds, outcome }: RepairRequestEvent): void {
    this.confirmed(outcome, 1, () => this.store.dispatch(RepairQueuePageActions.repairConfirmed({ unitId: unitIds[0], outcome })));
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

  /** Obsolete is final: it is asked for twice. */
  private confirmed(outcome: RepairOutcome, count: number, go: () => void): void {
    if (outcome === 'ok') {
      go();
      return;
    }
    const data: ConfirmDialogData = {
      titleKey: pluralKey('depot.repairs.confirmObsoleteTitle', count, this.lang()),
      messageKey: 'depot.repairs.confirmObsoleteMessage',
      confirmKey: 'depot.repairs.confirmObsolete',
      cancelKey: 'common.cancel',
      params: { count },
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((yes) => {
        if (yes) go();
      });
  }
}
