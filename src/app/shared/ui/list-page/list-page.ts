import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';

/**
 * The one layout of a list page: a title with its actions, quick views, a one-line filter bar,
 * whatever the page says about the list (total, problem, empty), and the grid filling the rest
 * of the height. Optional side panel (`listAside`, e.g. the catalog's families).
 *
 * Slots: `[listActions]`, `[listViews]`, `[listFilters]`, `[listAside]`, `[listGrid]`; anything else
 * goes between the filters and the grid.
 */
@Component({
  selector: 'fd-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './list-page.html',
  styleUrl: './list-page.scss',
})
export class ListPage {
  readonly heading = input.required<string>();
  /** The heading's id, which names the page's region. */
  readonly headingId = input.required<string>();
  /** Hides the grid (nothing to show, or a failure): the page says why instead. */
  readonly gridHidden = input(false);
  /** Leaves room for a `[listAside]` panel beside the list. */
  readonly withAside = input(false, { transform: booleanAttribute });
}
