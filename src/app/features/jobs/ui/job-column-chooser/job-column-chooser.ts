import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';

export interface ChoosableColumn {
  id: string;
  label: string;
}

/** Show or hide the grid's optional columns: a menu of checkboxes. */
@Component({
  selector: 'fd-job-column-chooser',
  imports: [MatButtonModule, MatCheckboxModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" [matMenuTriggerFor]="menu">
      <mat-icon aria-hidden="true">view_column</mat-icon>
      {{ 'jobs.list.columns' | transloco }}
    </button>
    <mat-menu #menu="matMenu">
      @for (column of columns(); track column.id) {
        <div class="choice">
          <mat-checkbox (click)="$event.stopPropagation()" [checked]="!hidden().includes(column.id)" (change)="toggle(column.id, $event.checked)">
            {{ column.label }}
          </mat-checkbox>
        </div>
      }
    </mat-menu>
  `,
  styles: `
    .choice {
      padding: 0 12px;
    }
  `,
})
export class JobColumnChooser {
  readonly columns = input<ChoosableColumn[]>([]);
  /** Ids of the hidden columns. */
  readonly hidden = input<readonly string[]>([]);
  readonly hiddenChanged = output<string[]>();

  protected toggle(id: string, shown: boolean): void {
    const others = this.hidden().filter((h) => h !== id);
    this.hiddenChanged.emit(shown ? others : [...others, id]);
  }
}
