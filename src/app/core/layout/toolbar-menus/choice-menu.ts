import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
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

/** A toolbar icon button opening a one-of-several menu (radio items): the language, the theme. */
@Component({
  selector: 'fd-choice-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-icon-button [matMenuTriggerFor]="menu" [attr.aria-label]="label()">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    </button>
    <mat-menu #menu="matMenu">
      @for (choice of choices(); track choice.value) {
        <button mat-menu-item role="menuitemradio" [attr.aria-checked]="choice.value === selected()" [attr.lang]="choice.lang ?? null" (click)="chosen.emit(choice.value)">
          <mat-icon aria-hidden="true">{{ choice.icon }}</mat-icon>
          <span>{{ choice.labelKey | transloco }}</span>
        </button>
      }
    </mat-menu>
  `,
})
export class ChoiceMenu<T extends string> {
  /** The button's accessible name: what it is for and what is chosen now. */
  readonly label = input.required<string>();
  readonly icon = input.required<string>();
  readonly choices = input.required<readonly MenuChoice<T>[]>();
  readonly selected = input<T>();
  readonly chosen = output<T>();
}
