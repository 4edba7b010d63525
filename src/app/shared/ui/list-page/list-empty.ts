import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/** An empty list: nothing at all, or nothing matching the filters (then a way to clear them). */
@Component({
  selector: 'fd-list-empty',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="empty" role="status">
      @if (filtered()) {
        <p>{{ noMatch() }}</p>
        <button mat-stroked-button type="button" (click)="clearFilters.emit()">{{ clearLabel() }}</button>
      } @else {
        <p>{{ none() }}</p>
      }
    </div>
  `,
})
export class ListEmpty {
  readonly filtered = input(false);
  /** Said when the list holds nothing at all. */
  readonly none = input.required<string>();
  /** Said when nothing matches the filters. */
  readonly noMatch = input.required<string>();
  readonly clearLabel = input.required<string>();
  readonly clearFilters = output();
}
