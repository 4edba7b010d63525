import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * An empty list: nothing at all, or nothing matching the filters (then a way to clear them).
 * `keys` is the page's translation prefix holding `none`, `noMatch` and `clearFilters`.
 */
@Component({
  selector: 'fd-list-empty',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="empty" role="status">
      @if (filtered()) {
        <p>{{ keys() + '.noMatch' | transloco }}</p>
        <button mat-stroked-button type="button" (click)="clearFilters.emit()">{{ keys() + '.clearFilters' | transloco }}</button>
      } @else {
        <p>{{ keys() + '.none' | transloco }}</p>
      }
    </div>
  `,
})
export class ListEmpty {
  readonly filtered = input(false);
  readonly keys = input.required<string>();
  readonly clearFilters = output();
}
