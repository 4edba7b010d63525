import type { ComponentType } from '@angular/cdk/portal';
import { ChangeDetectionStrategy, Component, Injector, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import type { Depot, ItemRef, SerialUnitStatus } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { LocalNumberPipe } from '../../../shared/ui/local-number-pipe';
import { ListFilters } from '../../../shared/ui/list-page/list-filters';
import { callError } from '../../../shared/util/call-state';
import {
  DepotPageActions,
  depotUnitStatuses,
  pagedView,
  searchView,
  selectCanWriteStock,
  selectDepotPageView,
  selectMovementLines,
  selectSerializedItemOptions,
  selectStockLines,
  selectStockQuery,
  selectUnitLines,
  selectUnitQuery,
} from '../data-access';
import { ItemPicker } from '../ui/item-picker/item-picker';
import { MovementTable } from '../ui/movement-table/movement-table';
import { PagedList } from '../ui/paged-list/paged-list';
import { StockTable } from '../ui/stock-table/stock-table';
import { UnitTable } from '../ui/unit-table/unit-table';
import type { MoveDialogData } from './move-dialog';
import { ReceiptDialog } from './receipt-dialog';
import { TransferDialog } from './transfer-dialog';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';

/** `/depots/:id`: quantities per item, serial units with their status, the movements in and out, receipts and transfers. */
@Component({
  selector: 'fd-depot-page',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    LocalNumberPipe,
    ListFilters,
    ItemPicker,
    MovementTable,
    PagedList,
    StockTable,
    UnitTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './depot-page.html',
  styleUrl: './depot-page.scss',
})
export class DepotPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  /** From the route (`/depots/:id`). */
  readonly id = input.required<string>();

  protected readonly view = this.store.selectSignal(selectDepotPageView);
  protected readonly canWrite = this.store.selectSignal(selectCanWriteStock);
  protected readonly stockQuery = this.store.selectSignal(selectStockQuery);
  protected readonly unitQuery = this.store.selectSignal(selectUnitQuery);
  protected readonly error = computed(() => callError(this.view().callState));
  protected readonly statuses = depotUnitStatuses;

  protected readonly stock = pagedView(this.store.selectSignal(selectStockLines), () =>
    this.store.dispatch(DepotPageActions.moreStockRequested()),
  );
  protected readonly units = pagedView(this.store.selectSignal(selectUnitLines), () =>
    this.store.dispatch(DepotPageActions.moreUnitsRequested()),
  );
  protected readonly movements = pagedView(this.store.selectSignal(selectMovementLines), () =>
    this.store.dispatch(DepotPageActions.moreMovementsRequested()),
  );
  protected readonly itemSearch = searchView(this.store.selectSignal(selectSerializedItemOptions), (q) =>
    this.store.dispatch(DepotPageActions.itemSearched({ q })),
  );

  constructor() {
    dispatchOnChange(this.id, (id) => DepotPageActions.opened({ id }));
  }

  protected searchStock(q: string): void {
    this.store.dispatch(DepotPageActions.stockQueryChanged({ query: { q } }));
  }

  protected retry(): void {
    this.store.dispatch(DepotPageActions.retried({ id: this.id() }));
  }

  protected filterStatus(status: SerialUnitStatus | null): void {
    this.store.dispatch(DepotPageActions.unitQueryChanged({ query: { ...this.unitQuery(), status } }));
  }

  protected filterItem(item: ItemRef | null): void {
    this.store.dispatch(DepotPageActions.unitQueryChanged({ query: { ...this.unitQuery(), item } }));
  }

  protected receive(depot: Depot): void {
    this.openMoveDialog(ReceiptDialog, depot, '720px');
  }

  protected transfer(depot: Depot): void {
    this.openMoveDialog(TransferDialog, depot, '760px');
  }

  /** Opened with the page's injector: the depot route provides the dialogs' translations, store slice and effects. */
  private openMoveDialog(dialog: ComponentType<unknown>, depot: Depot, width: string): void {
    const data: MoveDialogData = { depot };
    this.dialog.open(dialog, { data, injector: this.injector, width, maxWidth: '95vw', autoFocus: 'first-tabbable' });
  }
}
