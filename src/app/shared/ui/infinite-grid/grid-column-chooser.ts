import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';

/** A column the user may show or hide, named in the active language. */
export interface ChoosableColumn {
  id: string;
  label: string;
}

/**
 * Which optional columns a grid shows: a button opening a menu of checkboxes, the shown ones
 * ticked. Reports the ids to show, the one just ticked last. `label` and `emptyLabel` (when there
 * is nothing to choose) are translation keys.
 */
@Component({
  selector: 'fd-grid-column-chooser',
  imports: [MatButtonModule, MatCheckboxModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" class="columns-button" [matMenuTriggerFor]="menu">
      <mat-icon aria-hidden="true">view_column</mat-icon>
      {{ label() | transloco }}
    </button>
    <mat-menu #menu="matMenu">
      @for (column of columns(); track column.id) {
        <div class="choice">
          <mat-checkbox (click)="$event.stopPropagation()" [checked]="shown().includes(column.id)" (change)="toggle(column.id, $event.checked)">
            {{ column.label }}
          </mat-checkbox>
        </div>
      } @empty {
        @if (emptyLabel(); as empty) {
          <p class="none">{{ empty | transloco }}</p>
        }
      }
    </mat-menu>
  `,
  styles: `
    .choice {
      padding: 0 12px;
    }
    .none {
      padding: 0 16px;
    }
  `,
})
export class GridColumnChooser {
  readonly label = input.required<string>();
  readonly emptyLabel = input<string | null>(null);
  readonly columns = input<ChoosableColumn[]>([]);
  /** Ids of the columns shown. */
  readonly shown = input<readonly string[]>([]);
  readonly shownChanged = output<string[]>();

  protected toggle(id: string, checked: boolean): void {
    const others = this.shown().filter((shown) => shown !== id);
    this.shownChanged.emit(checked ? [...others, id] : others);
  }
}
