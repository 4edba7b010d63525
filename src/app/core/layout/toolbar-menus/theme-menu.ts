import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { PreferenceMenuActions } from '../../preferences/preferences.actions';
import { selectTheme } from '../../preferences/preferences.feature';
import { type ThemeMode, themeModes } from '../../preferences/preferences-storage';

const ICONS: Record<ThemeMode, string> = { system: 'brightness_auto', light: 'light_mode', dark: 'dark_mode' };

@Component({
  selector: 'fd-theme-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'toolbar.theme' | transloco: { theme: ('theme.' + theme() | transloco) }"
    >
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    </button>
    <mat-menu #menu="matMenu">
      @for (option of modes; track option) {
        <button mat-menu-item role="menuitemradio" [attr.aria-checked]="option === theme()" (click)="select(option)">
          <mat-icon aria-hidden="true">{{ icons[option] }}</mat-icon>
          <span>{{ 'theme.' + option | transloco }}</span>
        </button>
      }
    </mat-menu>
  `,
})
export class ThemeMenu {
  private readonly store = inject(Store);
  protected readonly theme = this.store.selectSignal(selectTheme);
  protected readonly icon = computed(() => ICONS[this.theme()]);
  protected readonly icons = ICONS;
  protected readonly modes = themeModes;

  protected select(theme: ThemeMode): void {
    this.store.dispatch(PreferenceMenuActions.themeSelected({ theme }));
  }
}
