import { ChangeDetectionStrategy, Component, computed, input, model, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { RepairOutcome, RepairQueueItem } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { When } from '../when/when';

export interface RepairRequestEvent {
  unitIds: string[];
  outcome: RepairOutcome;
}

/**
 * Units waiting for repair: where each is, who took it back, from which customer and job, when.
 * Rows are selected for a bulk "Repaired" or "Obsolete", or acted on one by one.
 */
@Component({
  selector: 'fd-repair-queue-table',
  imports: [MatButtonModule, MatCheckboxModule, MatIconModule, MatTooltipModule, RouterLink, TranslocoPipe, PluralPipe, When],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './repair-queue-table.html',
  styleUrl: './repair-queue-table.scss',
})
export class RepairQueueTable {
  readonly items = input.required<readonly RepairQueueItem[]>();
  readonly canWrite = input(false);
  /** A repair is running: actions wait for it. */
  readonly busy = input(false);
  readonly selected = model<readonly string[]>([]);
  readonly bulkRequested = output<RepairRequestEvent>();
  readonly singleRequested = output<RepairRequestEvent>();

  private readonly selectedSet = computed(() => new Set(this.selected()));
  /** Only rows still shown count: a reload may have dropped some. */
  protected readonly selectedShown = computed(() => this.items().filter((i) => this.selectedSet().has(i.id)).map((i) => i.id));
  protected readonly allSelected = computed(() => this.items().length > 0 && this.selectedShown().length === this.items().length);
  protected readonly someSelected = computed(() => this.selectedShown().length > 0 && !this.allSelected());

  protected isSelected(id: string): boolean {
    return this.selectedSet().has(id);
  }

  protected toggle(id: string, checked: boolean): void {
    this.selected.update((ids) => (checked ? [...ids.filter((i) => i !== id), id] : ids.filter((i) => i !== id)));
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(checked ? this.items().map((i) => i.id) : []);
  }

  protected bulk(outcome: RepairOutcome): void {
    const unitIds = this.selectedShown();
    if (unitIds.length > 0) this.bulkRequested.emit({ unitIds, outcome });
  }

  protected single(unitId: string, outcome: RepairOutcome): void {
    this.singleRequested.emit({ unitIds: [unitId], outcome });
  }
}
