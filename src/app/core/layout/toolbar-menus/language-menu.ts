import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import type { Locale } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { PreferenceMenuActions } from '../../preferences/preferences.actions';
import { selectLocale } from '../../preferences/preferences.feature';
import { supportedLocales } from '../../preferences/preferences-storage';

@Component({
  selector: 'fd-language-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'toolbar.language' | transloco: { language: ('language.' + locale() | transloco) }"
    >
      <mat-icon aria-hidden="true">translate</mat-icon>
    </button>
    <mat-menu #menu="matMenu">
      @for (option of locales; track option) {
        <button
          mat-menu-item
          role="menuitemradio"
          [attr.aria-checked]="option === locale()"
          [attr.lang]="option"
          (click)="select(option)"
        >
          <mat-icon aria-hidden="true">{{ option === locale() ? 'check' : '' }}</mat-icon>
          <span>{{ 'language.' + option | transloco }}</span>
        </button>
      }
    </mat-menu>
  `,
})
export class LanguageMenu {
  private readonly store = inject(Store);
  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly locales = supportedLocales;

  protected select(locale: Locale): void {
    this.store.dispatch(PreferenceMenuActions.languageSelected({ locale }));
  }
}
