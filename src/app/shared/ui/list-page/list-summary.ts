import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiErrorInfo } from '../../util/api-error';
import { ListEmpty } from './list-empty';
import { ListProblem } from './list-problem';
import { ListStatus } from './list-status';

/** What a filtered list page knows about its list. */
export interface ListState {
  loading: boolean;
  /** Null until the first block arrives. */
  total: number | null;
  /** The total is an estimate (a list too big to count at once): said "About …" (`totalAbout`). */
  totalIsEstimate?: boolean;
  error: ApiErrorInfo | null;
  filtered: boolean;
}

/**
 * Everything a filtered list page says about its list above the grid, in one place: the status bar
 * (progress or total, a way to clear the filters, the page's own tools projected after them), then
 * why the list failed (with a retry) or, once loaded, that it is empty. `keys` is the page's translation prefix
 * holding `total` (`.one`/`.other`), `clearFilters`, `none` and `noMatch` (and `totalAbout` where the total may be an estimate).
 */
@Component({
  selector: 'fd-list-summary',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, ListEmpty, ListProblem, ListStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = state();
    <div class="status-bar">
      <fd-list-status [totalKey]="keys() + (s.totalIsEstimate ? '.totalAbout' : '.total')" [estimate]="!!s.totalIsEstimate" [loading]="s.loading" [total]="s.total" />
      @if (s.filtered) {
        <button mat-button type="button" (click)="clearFilters.emit()">
          <mat-icon aria-hidden="true">filter_alt_off</mat-icon>
          {{ keys() + '.clearFilters' | transloco }}
        </button>
      }
      <ng-content />
    </div>
    @if (s.error; as error) {
      <fd-list-problem [error]="error" (retry)="retry.emit()" />
    }
    @if (!s.loading && !s.error && s.total === 0) {
      <fd-list-empty [keys]="keys()" [filtered]="s.filtered" (clearFilters)="clearFilters.emit()" />
    }
  `,
  // Its parts stand in the list page's column like the page's other parts (styled by fd-list-page).
  styles: ':host { display: contents; }',
})
export class ListSummary {
  readonly keys = input.required<string>();
  readonly state = input.required<ListState>();
  readonly retry = output();
  readonly clearFilters = output();
}
