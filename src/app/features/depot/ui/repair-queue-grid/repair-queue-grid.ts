import { ChangeDetectionStrategy, Component, computed, input, output, signal, viewChild } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { RepairOutcome, RepairQueueItem } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import type { IDatasource } from 'ag-grid-community';
import { InfiniteGrid } from '../../../../shared/ui/infinite-grid/infinite-grid';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { RepairButtons } from '../repair-buttons/repair-buttons';
import { type RepairRowActions, repairQueueGrid } from './repair-queue-grid.columns';

export interface RepairRequestEvent {
  unitIds: string[];
  outcome: RepairOutcome;
}

/**
 * Units waiting for repair on the shared infinite grid: where each is, who took it back, from which
 * customer and job, when. Rows are selected for a bulk "Repaired" or "Obsolete", or acted on one by one.
 */
@Component({
  selector: 'fd-repair-queue-grid',
  imports: [MatCheckboxModule, TranslocoPipe, PluralPipe, InfiniteGrid, RepairButtons],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './repair-queue-grid.html',
  styleUrl: './repair-queue-grid.scss',
})
export class RepairQueueGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** Rows loaded so far: "select all" selects them. */
  readonly loaded = input(0);
  readonly canWrite = input(false);
  /** A repair is running: actions wait for it. */
  readonly busy = input(false);
  readonly bulkRequested = output<RepairRequestEvent>();
  readonly singleRequested = output<RepairRequestEvent>();
  /** A link of a cell, or the unit's page when a row is opened. */
  readonly linkOpened = output<string>();

  private readonly grid = viewChild.required<InfiniteGrid<RepairQueueItem>>(InfiniteGrid);
  /** The row buttons wait while a repair runs. */
  protected readonly refreshed = ['actions'];
  protected readonly selected = signal<RepairQueueItem[]>([]);
  protected readonly allSelected = computed(() => this.loaded() > 0 && this.selected().length >= this.loaded());

  private readonly actions: RepairRowActions = {
    busy: () => this.busy(),
    act: (unit, outcome) => this.singleRequested.emit({ unitIds: [unit.id], outcome }),
  };
  protected readonly definition = computed(() => repairQueueGrid(this.canWrite() ? this.actions : null));

  clearSelection(): void {
    this.grid().clearSelection();
  }

  protected toggleAll(checked: boolean): void {
    if (checked) this.grid().selectLoaded();
    else this.grid().clearSelection();
  }

  protected bulk(outcome: RepairOutcome): void {
    const unitIds = this.selected().map((unit) => unit.id);
    if (unitIds.length > 0) this.bulkRequested.emit({ unitIds, outcome });
  }

  protected opened(unit: RepairQueueItem): void {
    this.linkOpened.emit(`/serials/${encodeURIComponent(unit.serial)}`);
  }
}
