import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';

export interface MenuChoice<T extends string> {
  value: T;
  labelKey: string;
  /** Shown before the label; empty keeps the labels aligned. */
  icon: string;
  /** The language the label is written in, when it is not the page's. */
  lang?: string;
}

/** A one-of-several menu: its button, its choices and the one chosen now. */
export interface ChoiceMenuSpec<T extends string> {
  /** i18n key of the button's accessible name, which names the chosen value through the parameter `labelParam`. */
  labelKey: string;
  labelParam: string;
  /** The button's icon. */
  icon: string;
  choices: readonly MenuChoice<T>[];
  selected: T;
}

/** A toolbar icon button opening a one-of-several menu (radio items): the language, the theme. */
@Component({
  selector: 'fd-choice-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = menu();
    <button mat-icon-button [matMenuTriggerFor]="choices" [attr.aria-label]="m.labelKey | transloco: labelParams(selectedLabel() | transloco)">
      <mat-icon aria-hidden="true">{{ m.icon }}</mat-icon>
    </button>
    <mat-menu #choices="matMenu">
      @for (choice of m.choices; track choice.value) {
        <button mat-menu-item role="menuitemradio" [attr.aria-checked]="choice.value === m.selected" [attr.lang]="choice.lang ?? null" (click)="chosen.emit(choice.value)">
          <mat-icon aria-hidden="true">{{ choice.icon }}</mat-icon>
          <span>{{ choice.labelKey | transloco }}</span>
        </button>
      }
    </mat-menu>
  `,
})
export class ChoiceMenu<T extends string> {
  readonly menu = input.required<ChoiceMenuSpec<T>>();
  readonly chosen = output<T>();

  protected readonly selectedLabel = computed(() => {
    const { choices, selected } = this.menu();
    return choices.find((choice) => choice.value === selected)?.labelKey ?? '';
  });

  /** The button says what the menu is for and what is chosen now ("Theme: Dark"). */
  protected labelParams(selected: string): Record<string, string> {
    return { [this.menu().labelParam]: selected };
  }
}
