import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { Locale } from '@contract';
import { type Action, Store } from '@ngrx/store';
import { PreferenceMenuActions } from '../../preferences/preferences.actions';
import { selectLocale, selectTheme } from '../../preferences/preferences.feature';
import { type ThemeMode, supportedLocales, themeModes } from '../../preferences/preferences-storage';
import { ChoiceMenu, type ChoiceMenuSpec } from './choice-menu';

/** One preference offered as a choice menu, and the action saying it was chosen. */
interface PreferenceMenu<T extends string> extends ChoiceMenuSpec<T> {
  chosen: (value: T) => Action;
}

const THEME_ICONS: Record<ThemeMode, string> = { system: 'brightness_auto', light: 'light_mode', dark: 'dark_mode' };
const THEME_CHOICES = themeModes.map((mode) => ({ value: mode, labelKey: `theme.${mode}`, icon: THEME_ICONS[mode] }));

/** The menus hold preferences of different types; each one only ever gets back its own choices' values. */
const menuOf = <T extends string>(menu: PreferenceMenu<T>) => menu as unknown as PreferenceMenu<string>;

/** The language and theme menus (toolbar, sign-in page): one choice menu per preference, from one table. */
@Component({
  selector: 'fd-preference-menus',
  imports: [ChoiceMenu],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (menu of menus(); track menu.labelKey) {
      <fd-choice-menu [menu]="menu" (chosen)="store.dispatch(menu.chosen($event))" />
    }
  `,
  // The menus sit in their container's row (the toolbar's, the sign-in page's corner) as if written there.
  styles: ':host { display: contents; }',
})
export class PreferenceMenus {
  protected readonly store = inject(Store);
  private readonly locale = this.store.selectSignal(selectLocale);
  private readonly theme = this.store.selectSignal(selectTheme);

  protected readonly menus = computed(() => [
    menuOf<Locale>({
      labelKey: 'toolbar.language',
      labelParam: 'language',
      icon: 'translate',
      // Each language named in itself (`lang`), the current one ticked.
      choices: supportedLocales.map((option) => ({ value: option, labelKey: `language.${option}`, icon: option === this.locale() ? 'check' : '', lang: option })),
      selected: this.locale(),
      chosen: (locale) => PreferenceMenuActions.languageSelected({ locale }),
    }),
    menuOf<ThemeMode>({
      labelKey: 'toolbar.theme',
      labelParam: 'theme',
      icon: THEME_ICONS[this.theme()],
      choices: THEME_CHOICES,
      selected: this.theme(),
      chosen: (theme) => PreferenceMenuActions.themeSelected({ theme }),
    }),
  ]);
}
