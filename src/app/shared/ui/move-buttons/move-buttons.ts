import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

/** Moves one entry of an ordered list a place up (-1) or down (1); the buttons say which entry to screen readers. */
@Component({
  selector: 'fd-move-buttons',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-icon-button type="button" [disabled]="first() || disabled()" (click)="moved.emit(-1)" [attr.aria-label]="'common.moveUp' | transloco: { name: name() }">
      <mat-icon aria-hidden="true">arrow_upward</mat-icon>
    </button>
    <button mat-icon-button type="button" [disabled]="last() || disabled()" (click)="moved.emit(1)" [attr.aria-label]="'common.moveDown' | transloco: { name: name() }">
      <mat-icon aria-hidden="true">arrow_downward</mat-icon>
    </button>
  `,
  // The buttons sit in the caller's row among its other buttons.
  styles: ':host { display: contents; }',
})
export class MoveButtons {
  /** The entry, as the user reads it. */
  readonly name = input.required<string>();
  /** No way up from the first entry, nor down from the last. */
  readonly first = input(false);
  readonly last = input(false);
  /** Both buttons, while a move is saving. */
  readonly disabled = input(false);
  readonly moved = output<-1 | 1>();
}
