import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AlertsBell } from '../../live-events/alerts-bell/alerts-bell';
import { MainNav } from '../main-nav/main-nav';
import { SerialSearch } from '../serial-search/serial-search';
import { PreferenceMenus } from '../toolbar-menus/preference-menus';
import { UserMenu } from '../toolbar-menus/user-menu';

/** Header (toolbar), navigation (sidenav) and main content: the frame of every signed-in page. */
@Component({
  selector: 'fd-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterOutlet,
    TranslocoPipe,
    AlertsBell,
    MainNav,
    SerialSearch,
    PreferenceMenus,
    UserMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly mode = computed(() => (this.narrow() ? 'over' : 'side'));
}
