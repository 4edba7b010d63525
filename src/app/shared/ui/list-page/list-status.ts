import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { LIST_TOTAL_CAP } from '@contract/rules';
import { LocalNumberPipe } from '../local-number-pipe';
import { PluralPipe } from '../plural-pipe';

/**
 * What a list page says about its list above the grid: a progress bar while it loads, then how
 * many rows it holds (nothing for an empty list: the page says so itself). `totalKey` holds the
 * `.one` and `.other` texts, with `{{count}}`. A capped list's total past LIST_TOTAL_CAP (the server
 * stopped counting there) reads "More than 100,000", never as the count it is not. Styled by `fd-list-page`.
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
      @if (total > cap && !estimate()) {
        <p class="total">{{ 'common.moreThan' | transloco: { count: (cap | localNumber) } }}</p>
      } @else {
        <p class="total">{{ totalKey() | plural: total | transloco: { count: (total | localNumber) } }}</p>
      }
    }
  `,
})
export class ListStatus {
  readonly loading = input(false);
  readonly total = input<number | null>(null);
  readonly totalKey = input.required<string>();
  /** The total is the jobs grid's estimate, said by `totalKey` ("About 730,000 jobs"), not a capped count. */
  readonly estimate = input(false);
  protected readonly cap = LIST_TOTAL_CAP;
}
