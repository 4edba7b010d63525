import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { AlertsMenuActions } from '../live-events.actions';
import { selectAlerts, selectUnreadCount } from '../live-alerts.feature';

/** Live alerts: a raised reserve or a returned job adds one; opening the menu marks them read. */
@Component({
  selector: 'fd-alerts-bell',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, MatMenuModule, RouterLink, TranslocoPipe, RelativeTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alerts-bell.html',
  styleUrl: './alerts-bell.scss',
})
export class AlertsBell {
  private readonly store = inject(Store);
  protected readonly alerts = this.store.selectSignal(selectAlerts);
  protected readonly unread = this.store.selectSignal(selectUnreadCount);

  protected opened(): void {
    this.store.dispatch(AlertsMenuActions.opened());
  }
}
