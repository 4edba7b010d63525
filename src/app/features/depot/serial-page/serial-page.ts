import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { RepairOutcome, SerialUnitDetail } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { callError } from '../../../shared/util/call-state';
import { SerialPageActions, depotErrorMessage, selectCanWriteStock, selectRepairProgress, selectSerialView } from '../data-access';
import { repairConfirmation } from '../ui/repair-buttons/repair-confirmation';
import { RepairButtons } from '../ui/repair-buttons/repair-buttons';
import { SerialTimeline } from '../ui/serial-timeline/serial-timeline';
import { StatusChip } from '../../../shared/ui/status-chip/status-chip';
import { unitStatusScheme } from '../ui/unit-status';
import { When } from '../ui/when/when';
import { ReportedElsewhere } from '../../../shared/ui/reported-elsewhere/reported-elsewhere';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';

/** `/serials/:serial`: every unit carrying the serial (one per item), where it is now and its whole life. */
@Component({
  selector: 'fd-serial-page',
  imports: [
    ReportedElsewhere,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    RepairButtons,
    SerialTimeline,
    StatusChip,
    When,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './serial-page.html',
  styleUrl: './serial-page.scss',
})
export class SerialPage {
  protected readonly unitStatuses = unitStatusScheme;
  private readonly store = inject(Store);
  private readonly confirmRepair = repairConfirmation();
  /** From the route (`/serials/:serial`). */
  readonly serial = input.required<string>();

  protected readonly view = this.store.selectSignal(selectSerialView);
  protected readonly canWrite = this.store.selectSignal(selectCanWriteStock);
  protected readonly repair = this.store.selectSignal(selectRepairProgress);
  protected readonly error = computed(() => callError(this.view().callState));
  /** Why the last repair asked here was refused, by unit. */
  protected readonly repairFailures = computed(
    () =>
      new Map(
        this.repair().failed.map((f) => [f.unitId, depotErrorMessage({ status: 409, code: f.code, message: f.message })] as const),
      ),
  );

  constructor() {
    dispatchOnChange(this.serial, (serial) => SerialPageActions.opened({ serial }));
  }

  protected retry(): void {
    this.store.dispatch(SerialPageActions.retried({ serial: this.serial() }));
  }

  protected setRepaired(unit: SerialUnitDetail, outcome: RepairOutcome): void {
    this.confirmRepair(outcome, 1, () =>
      this.store.dispatch(SerialPageActions.repairConfirmed({ unitId: unit.id, outcome })),
    );
  }
}
