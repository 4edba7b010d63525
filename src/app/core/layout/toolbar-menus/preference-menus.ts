import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { Locale } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Action, Store } from '@ngrx/store';
import { PreferenceMenuActions } from '../../preferences/preferences.actions';
import { selectLocale, selectTheme } from '../../preferences/preferences.feature';
import { type ThemeMode, supportedLocales, themeModes } from '../../preferences/preferences-storage';
import { ChoiceMenu, type MenuChoice } from './choice-menu';

/** One preference offered as a choice menu. */
interface PreferenceMenu<T extends string> {
  /** i18n key of the button's name, which names the chosen value through the parameter `param`. */
  label: string;
  param: string;
  icon: string;
  choices: readonly MenuChoice<T>[];
  selected: T;
  chosen: (value: T) => Action;
}

const THEME_ICONS: Record<ThemeMode, string> = { system: 'brightness_auto', light: 'light_mode', dark: 'dark_mode' };
const THEME_CHOICES = themeModes.map((mode) => ({ value: mode, labelKey: `theme.${mode}`, icon: THEME_ICONS[mode] }));

/** The menus hold preferences of different types; each one only ever gets back its own choices' values. */
const menuOf = <T extends string>(menu: PreferenceMenu<T>) => menu as unknown as PreferenceMenu<string>;

/** The language and theme menus (toolbar, sign-in page): one choice menu per preference, from one table. */
@Component({
  selector: 'fd-preference-menus',
  imports: [ChoiceMenu, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (menu of menus(); track menu.label) {
      <fd-choice-menu
        [icon]="menu.icon"
        [label]="menu.label | transloco: labelParams(menu, selectedLabel(menu) | transloco)"
        [choices]="menu.choices"
        [selected]="menu.selected"
        (chosen)="store.dispatch(menu.chosen($event))"
      />
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
      label: 'toolbar.language',
      param: 'language',
      icon: 'translate',
      // Each language named in itself (`lang`), the current one ticked.
      choices: supportedLocales.map((option) => ({ value: option, labelKey: `language.${option}`, icon: option === this.locale() ? 'check' : '', lang: option })),
      selected: this.locale(),
      chosen: (locale) => PreferenceMenuActions.languageSelected({ locale }),
    }),
    menuOf<ThemeMode>({
      label: 'toolbar.theme',
      param: 'theme',
      icon: THEME_ICONS[this.theme()],
      choices: THEME_CHOICES,
      selected: this.theme(),
      chosen: (theme) => PreferenceMenuActions.themeSelected({ theme }),
    }),
  ]);

  protected selectedLabel(menu: PreferenceMenu<string>): string {
    return menu.choices.find((choice) => choice.value === menu.selected)?.labelKey ?? '';
  }

  protected labelParams(menu: PreferenceMenu<string>, selected: string): Record<string, string> {
    return { [menu.param]: selected };
  }
}
