import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { MatDialogModule } from '@angular/material/dialog';
import type { TransferRequest } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { callError } from '../../../shared/util/call-state';
import {
  TransferDialogActions,
  searchView,
  selectOtherDepots,
  selectTransfer,
  selectTransferStockOptions,
  selectTransferUnitOptions,
  transferRefusalMessage,
} from '../data-access';
import { TransferForm, type TransferSource } from '../ui/transfer-form/transfer-form';
import { moveDialog } from './move-dialog';

/** Transfer: searches the source depot as the user types, says readably why the server refused. */
@Component({
  selector: 'fd-transfer-dialog',
  imports: [MatDialogModule, TranslocoPipe, TransferForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'depot.transfer.title' | transloco: { depot: move.depot.name } }}</h2>
    <mat-dialog-content>
      <fd-transfer-form
        [depot]="move.depot"
        [otherDepots]="otherDepots()"
        [stockOptions]="stock.options()"
        [unitOptions]="units.options()"
        [saving]="transfer() === 'loading'"
        [error]="refusal()"
        (sourceChanged)="sourceChanged($event)"
        (stockQueryChanged)="stock.search($event)"
        (unitQueryChanged)="units.search($event)"
        (submitted)="submit($event)"
        (cancelled)="move.cancel()"
      />
    </mat-dialog-content>
  `,
})
export class TransferDialog {
  private readonly store = inject(Store);
  protected readonly otherDepots = this.store.selectSignal(selectOtherDepots);
  protected readonly transfer = this.store.selectSignal(selectTransfer);
  protected readonly move = moveDialog(() => this.transfer() === 'loaded');
  private readonly source = signal<TransferSource>({ direction: 'send', otherDepotId: null });
  private readonly sourceDepotId = computed(() => {
    const { direction, otherDepotId } = this.source();
    return direction === 'send' ? this.move.depot.id : otherDepotId;
  });
  private readonly sourceDepotName = computed(
    () => [this.move.depot, ...this.otherDepots()].find((d) => d.id === this.sourceDepotId())?.name ?? '',
  );

  protected readonly stock = searchView(this.store.selectSignal(selectTransferStockOptions), (q) => {
    const depotId = this.sourceDepotId();
    if (depotId) this.store.dispatch(TransferDialogActions.stockSearched({ depotId, q }));
  });
  protected readonly units = searchView(this.store.selectSignal(selectTransferUnitOptions), (q) => {
    const depotId = this.sourceDepotId();
    if (depotId) this.store.dispatch(TransferDialogActions.unitsSearched({ depotId, q }));
  });

  /** Names of what was offered, to say which item is short or which unit was refused. */
  private readonly itemNames = new Map<string, string>();
  private readonly unitSerials = new Map<string, string>();

  protected readonly refusal = computed(() => {
    const error = callError(this.transfer()) ?? this.stock.error() ?? this.units.error();
    if (!error) return null;
    return transferRefusalMessage(error, {
      itemName: (id) => this.itemNames.get(id) ?? null,
      unitSerial: (id) => this.unitSerials.get(id) ?? null,
      depotName: this.sourceDepotName(),
    });
  });

  constructor() {
    this.store.dispatch(TransferDialogActions.opened());
    effect(() => {
      for (const line of this.stock.options()) this.itemNames.set(line.item.id, `${line.item.reference} — ${line.item.name}`);
      for (const unit of this.units.options()) this.unitSerials.set(unit.id, unit.serial);
    });
  }

  protected sourceChanged(source: TransferSource): void {
    this.source.set(source);
    this.store.dispatch(TransferDialogActions.sourceChanged({ depotId: this.sourceDepotId() }));
    if (this.sourceDepotId()) {
      this.stock.search('');
      this.units.search('');
    }
  }

  protected submit(request: TransferRequest): void {
    this.store.dispatch(TransferDialogActions.submitted({ request, idempotencyKey: this.move.keys.keyFor(request) }));
  }
}
