import { ChangeDetectionStrategy, Component, Injector, computed, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import type { Depot, ItemRef, SerialUnitStatus } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { LocalNumberPipe } from '../../../shared/ui/local-number-pipe';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { callError } from '../../../shared/util/call-state';
import {
  DepotPageActions,
  depotUnitStatuses,
  pagedView,
  searchView,
  selectCanWriteStock,
  selectDepotPageView,
  selectSerializedItemOptions,
  selectStockLines,
  selectStockQuery,
  selectUnitLines,
  selectUnitQuery,
} from '../data-access';
import { ItemPicker } from '../ui/item-picker/item-picker';
import { StockTable } from '../ui/stock-table/stock-table';
import { UnitTable } from '../ui/unit-table/unit-table';
import { ReceiptDialog, type ReceiptDialogData } from './receipt-dialog';
import { TransferDialog, type TransferDialogData } from './transfer-dialog';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';

const SEARCH_DEBOUNCE_MS = 300;

/** `/depots/:id`: quantities per item, serial units with their status, receipts and transfers. */
@Component({
  selector: 'fd-depot-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    LocalNumberPipe,
    PluralPipe,
    ItemPicker,
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
  protected readonly stockError = computed(() => callError(this.stock.callState()));
  protected readonly unitsError = computed(() => callError(this.units.callState()));
  protected readonly itemSearch = searchView(this.store.selectSignal(selectSerializedItemOptions), (q) =>
    this.store.dispatch(DepotPageActions.itemSearched({ q })),
  );
  protected readonly stockSearch = new FormControl('', { nonNullable: true });

  constructor() {
    dispatchOnChange(this.id, (id) => DepotPageActions.opened({ id }));
    effect(() => {
      const q = this.stockQuery().q;
      untracked(() => {
        if (this.stockSearch.value.trim() !== q) this.stockSearch.setValue(q, { emitEvent: false });
      });
    });
    this.stockSearch.valueChanges
      .pipe(
        map((q) => q.trim()),
        debounceTime(SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => this.store.dispatch(DepotPageActions.stockQueryChanged({ query: { q } })));
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
    this.dialog.open<ReceiptDialog, ReceiptDialogData>(ReceiptDialog, {
      data: { depot },
      injector: this.injector,
      width: '720px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
  }

  protected transfer(depot: Depot): void {
    this.dialog.open<TransferDialog, TransferDialogData>(TransferDialog, {
      data: { depot },
      injector: this.injector,
      width: '760px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
  }
}
