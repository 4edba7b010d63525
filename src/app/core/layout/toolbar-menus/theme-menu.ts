import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { PreferenceMenuActions } from '../../preferences/preferences.actions';
import { selectTheme } from '../../preferences/preferences.feature';
import { type ThemeMode, themeModes } from '../../preferences/preferences-storage';
import { ChoiceMenu } from './choice-menu';

const ICONS: Record<ThemeMode, string> = { system: 'brightness_auto', light: 'light_mode', dark: 'dark_mode' };

@Component({
  selector: 'fd-theme-menu',
  imports: [ChoiceMenu, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-choice-menu
      [icon]="icons[theme()]"
      [label]="'toolbar.theme' | transloco: { theme: ('theme.' + theme() | transloco) }"
      [choices]="choices"
      [selected]="theme()"
      (chosen)="select($event)"
    />
  `,
})
export class ThemeMenu {
  private readonly store = inject(Store);
  protected readonly theme = this.store.selectSignal(selectTheme);
  protected readonly icons = ICONS;
  protected readonly choices = themeModes.map((mode) => ({ value: mode, labelKey: `theme.${mode}`, icon: ICONS[mode] }));

  protected select(theme: ThemeMode): void {
    this.store.dispatch(PreferenceMenuActions.themeSelected({ theme }));
  }
}
