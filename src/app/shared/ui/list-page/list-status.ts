import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../local-number-pipe';
import { PluralPipe } from '../plural-pipe';

/**
 * What a list page says about its list above the grid: a progress bar while it loads, then how
 * many rows it holds (nothing for an empty list: the page says so itself). `totalKey` holds the
 * `.one` and `.other` texts, with `{{count}}`. Styled by `fd-list-page`.
 */
@Component({
  selector: 'fd-list-status',
  imports: [MatProgressBarModule, TranslocoPipe, LocalNumberPipe, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'status', 'aria-live': 'polite' },
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    } @else if (total(); as total) {
      <p class="total">{{ totalKey() | plural: total | transloco: { count: (total | localNumber) } }}</p>
    }
  `,
})
export class ListStatus {
  readonly loading = input(false);
  readonly total = input<number | null>(null);
  readonly totalKey = input.required<string>();
}
