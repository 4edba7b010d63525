import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { CreateDepotRequest } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { callError } from '../../../shared/util/call-state';
import {
  DepotListPageActions,
  depotErrorMessage,
  selectCanWriteStock,
  selectListView,
  selectTechniciansWithoutVan,
} from '../data-access';
import { DepotTable } from '../ui/depot-table/depot-table';
import { NewVanDialog, type NewVanDialogData } from '../ui/new-van-dialog/new-van-dialog';

/** `/depots`: the main depot and every van, with what each holds. */
@Component({
  selector: 'fd-depot-list-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe, ListPage, ListProblem, DepotTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './depot-list-page.html',
})
export class DepotListPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly view = this.store.selectSignal(selectListView);
  protected readonly canWrite = this.store.selectSignal(selectCanWriteStock);
  protected readonly error = computed(() => callError(this.view().callState));
  protected readonly repairTotal = computed(() => this.view().depots.reduce((sum, d) => sum + d.needsRepairCount, 0));
  private readonly technicians = this.store.selectSignal(selectTechniciansWithoutVan);

  constructor() {
    this.store.dispatch(DepotListPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(DepotListPageActions.retried());
  }

  protected newVan(): void {
    this.store.dispatch(DepotListPageActions.newVanOpened());
    const data: NewVanDialogData = {
      technicians: computed(() => this.technicians().items),
      loading: computed(() => this.technicians().callState === 'loading'),
      error: computed(() => {
        const error = callError(this.technicians().callState);
        return error ? depotErrorMessage(error) : null;
      }),
    };
    this.dialog
      .open<NewVanDialog, NewVanDialogData, CreateDepotRequest>(NewVanDialog, { data, injector: this.injector })
      .afterClosed()
      .subscribe((input) => {
        if (input) this.store.dispatch(DepotListPageActions.newVanSubmitted({ input }));
      });
  }
}
