import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { Locale } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { PreferenceMenuActions } from '../../preferences/preferences.actions';
import { selectLocale } from '../../preferences/preferences.feature';
import { supportedLocales } from '../../preferences/preferences-storage';
import { ChoiceMenu } from './choice-menu';

@Component({
  selector: 'fd-language-menu',
  imports: [ChoiceMenu, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-choice-menu
      icon="translate"
      [label]="'toolbar.language' | transloco: { language: ('language.' + locale() | transloco) }"
      [choices]="choices()"
      [selected]="locale()"
      (chosen)="select($event)"
    />
  `,
})
export class LanguageMenu {
  private readonly store = inject(Store);
  protected readonly locale = this.store.selectSignal(selectLocale);
  /** Each language named in itself (`lang`), the current one ticked. */
  protected readonly choices = computed(() =>
    supportedLocales.map((option) => ({ value: option, labelKey: `language.${option}`, icon: option === this.locale() ? 'check' : '', lang: option })),
  );

  protected select(locale: Locale): void {
    this.store.dispatch(PreferenceMenuActions.languageSelected({ locale }));
  }
}
