import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectMay } from '../../../../core/auth/may';
import { ApiErrorMessage } from '../../../../shared/ui/api-error-message';
import { ConfirmDialog, type ConfirmDialogData } from '../../../../shared/ui/confirm-dialog/confirm-dialog';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';
import { callError } from '../../../../shared/util/call-state';
import { dispatchOnChange } from '../../../../shared/util/dispatch-on-change';
import { OnlineViewCardActions, onlineViewFeature, type OnlineViewCommand } from '../../data-access';

/**
 * The job's online view for the customer (step 2.8 of the source): the link to copy or open, whether
 * it works and until when, when it was last opened; revoke it or issue a new one (both confirmed).
 */
@Component({
  selector: 'fd-online-view-card',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe, ApiErrorMessage, LocalDatePipe, RelativeTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './online-view-card.html',
  styleUrl: './online-view-card.scss',
})
export class OnlineViewCard {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);
  readonly jobId = input.required<string>();

  private readonly state = this.store.selectSignal(onlineViewFeature.selectJobOnlineViewState);
  protected readonly canWrite = this.store.selectSignal(selectMay('jobs', 'write'));
  protected readonly view = computed(() => (this.state().jobId === this.jobId() ? this.state().view : null));
  protected readonly error = computed(() => (this.state().jobId === this.jobId() ? callError(this.state().load) : null));
  protected readonly busy = computed(() => this.state().command.callState === 'loading');

  constructor() {
    dispatchOnChange(this.jobId, (jobId) => OnlineViewCardActions.shown({ jobId }));
  }

  protected copy(url: string): void {
    this.store.dispatch(OnlineViewCardActions.linkCopied({ ok: this.clipboard.copy(url) }));
  }

  protected confirm(command: OnlineViewCommand): void {
    const prefix = `jobDetail.onlineView.${command}`;
    const data: ConfirmDialogData = { titleKey: `${prefix}.title`, messageKey: `${prefix}.message`, confirmKey: `${prefix}.confirm`, cancelKey: 'common.cancel' };
    this.dialog
      .open(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .subscribe((yes) => {
        if (yes === true) this.store.dispatch(OnlineViewCardActions.commandConfirmed({ jobId: this.jobId(), command }));
      });
  }
}
