import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { take } from 'rxjs';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { DesktopNotifier } from '../../notifications/desktop-notifier';
import { AlertsMenuActions } from '../live-events.actions';
import { selectAlerts, selectUnreadCount } from '../live-alerts.feature';
import { LiveEventsSource } from '../live-events-source';

/** What the menu says about desktop notifications. */
export type DesktopState = 'askable' | 'granted' | 'denied' | 'off' | 'unsupported';

/**
 * Live alerts: a raised reserve or a returned job adds one; opening the menu marks them read. Also
 * shows when the live stream is cut off, and offers desktop notifications (asked from a click).
 */
@Component({
  selector: 'fd-alerts-bell',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatMenuModule,
    MatTooltipModule,
    RouterLink,
    TranslocoPipe,
    RelativeTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alerts-bell.html',
  styleUrl: './alerts-bell.scss',
})
export class AlertsBell {
  private readonly store = inject(Store);
  private readonly desktop = inject(DesktopNotifier);
  private readonly liveEvents = inject(LiveEventsSource);
  protected readonly alerts = this.store.selectSignal(selectAlerts);
  protected readonly unread = this.store.selectSignal(selectUnreadCount);
  protected readonly reconnecting = computed(() => this.liveEvents.status() === 'reconnecting');
  /** null until the menu has read the setting once. */
  private readonly settingOn = signal<boolean | null>(null);
  protected readonly desktopState = computed<DesktopState>(() => {
    const permission = this.desktop.permission();
    if (permission === 'unsupported') return 'unsupported';
    if (this.settingOn() === false) return 'off';
    return permission === 'default' ? 'askable' : permission;
  });

  protected opened(): void {
    this.store.dispatch(AlertsMenuActions.opened());
    this.desktop.refresh();
    this.desktop
      .settingOn()
      .pipe(take(1))
      .subscribe((on) => this.settingOn.set(on));
  }

  protected enableDesktop(): void {
    void this.desktop.requestPermission();
  }
}
