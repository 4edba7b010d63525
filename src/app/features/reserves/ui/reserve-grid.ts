import { ChangeDetectionStrategy, Component, computed, input, output, viewChild } from '@angular/core';
import type { ReserveSummary } from '@contract/reserves';
import type { IDatasource } from 'ag-grid-community';
import { InfiniteGrid } from '../../../shared/ui/infinite-grid/infinite-grid';
import { RESERVE_GRID_ID, type ReserveCellTexts, type ReserveColumnLabels, reserveColumns } from './reserve-grid.columns';

/**
 * The reserves inbox: its columns on the shared infinite grid, with checkboxes for bulk actions
 * (when the reader may triage). A loaded row can be replaced in place, and the loaded blocks
 * re-read, without losing the scroll.
 */
@Component({
  selector: 'fd-reserve-grid',
  imports: [InfiniteGrid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-infinite-grid
      [gridId]="gridId"
      [datasource]="datasource()"
      [columns]="columns()"
      [label]="label()"
      [localeText]="localeText()"
      [selectable]="selectable()"
      [refreshOn]="now()"
      [refreshColumns]="agingColumns"
      (rowOpened)="rowOpened.emit($event)"
      (linkOpened)="jobOpened.emit($event.row.jobNumber)"
      (selected)="selected.emit($event)"
    />
  `,
  styleUrl: './reserve-grid.scss',
})
export class ReserveGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  readonly labels = input<ReserveColumnLabels | null>(null);
  readonly texts = input.required<ReserveCellTexts>();
  readonly localeText = input<Record<string, string>>({});
  /** Checkboxes for bulk actions. */
  readonly selectable = input(false);
  /** Each new value re-renders the time columns. */
  readonly now = input(Date.now());
  readonly rowOpened = output<ReserveSummary>();
  readonly jobOpened = output<string>();
  readonly selected = output<ReserveSummary[]>();

  private readonly grid = viewChild.required<InfiniteGrid<ReserveSummary>>(InfiniteGrid);
  protected readonly gridId = RESERVE_GRID_ID;
  protected readonly agingColumns = ['age', 'updatedAt'];
  protected readonly columns = computed(() => {
    const labels = this.labels();
    return labels ? reserveColumns(labels, this.texts(), () => this.now()) : [];
  });

  /** The version of a reserve's row when it is loaded, else undefined (nothing to refresh). */
  loadedVersion(id: string): number | undefined {
    return this.grid().loadedVersion(id);
  }

  /** Puts a fresh copy of a loaded reserve in its row, where it is: no reload, no scroll. */
  replaceRow(row: ReserveSummary): void {
    this.grid().replaceRow(row);
  }

  /** Re-reads the loaded blocks (a new reserve may belong among them); the scroll stays. */
  reloadLoaded(): void {
    this.grid().reloadLoaded();
  }

  clearSelection(): void {
    this.grid().clearSelection();
  }
}
