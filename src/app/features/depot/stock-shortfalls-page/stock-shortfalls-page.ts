import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { StockShortfall } from '@contract';
import { shortfallResolutions, type ShortfallResolution } from '@contract/rules';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { QuantityPipe } from '../../../shared/ui/quantity-pipe';
import { callError } from '../../../shared/util/call-state';
import { injectFocusAfterRender } from '../../../shared/util/focus-after-render';
import { StockShortfallsPageActions, selectCanWriteStock, stockShortfallsFeature, type ShortfallQuery } from '../data-access';

/** A day typed in the date field (yyyy-MM-dd, the user's day) as the instant it starts. */
const startOf = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);
const dayOf = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60_000).toISOString().slice(0, 10) : '');

/**
 * `/stock-shortfalls`: part lines a van did not hold when their job ended, for a period; each is
 * settled once by a stock adjustment (the van did hold it / taken from a depot / written off).
 */
@Component({
  selector: 'fd-stock-shortfalls-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    LocalDatePipe,
    QuantityPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './stock-shortfalls-page.html',
  styleUrl: './stock-shortfalls-page.scss',
})
export class StockShortfallsPage {
  private readonly store = inject(Store);
  protected readonly query = this.store.selectSignal(stockShortfallsFeature.selectQuery);
  protected readonly shortfalls = this.store.selectSignal(stockShortfallsFeature.selectShortfalls);
  protected readonly view = this.store.selectSignal(stockShortfallsFeature.selectShortfallListView);
  protected readonly depots = this.store.selectSignal(stockShortfallsFeature.selectDepots);
  protected readonly resolving = this.store.selectSignal(stockShortfallsFeature.selectResolving);
  protected readonly canWrite = this.store.selectSignal(selectCanWriteStock);
  protected readonly resolutions = shortfallResolutions;
  protected readonly states = ['open', 'resolved', 'all'] as const;

  /** The shortfall whose settlement form is open (one at a time), and that form's choices. */
  protected readonly settling = signal<string | null>(null);
  protected readonly resolution = signal<ShortfallResolution>('van_count_corrected');
  protected readonly depotId = signal<string | null>(null);
  protected readonly note = signal('');
  /** The Settle button gives way to the form (and back): the keyboard's focus follows, never lost to the page. */
  private readonly focusAfterRender = injectFocusAfterRender();

  constructor() {
    this.store.dispatch(StockShortfallsPageActions.opened());
  }

  protected fromDay(): string {
    return dayOf(this.query().from);
  }

  protected toDay(): string {
    // `to` is the end of the last day: the day shown is the one before.
    const to = this.query().to;
    return to ? dayOf(new Date(new Date(to).getTime() - 1).toISOString()) : '';
  }

  protected changePeriod(from: string, to: string): void {
    const end = to ? new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString() : null;
    this.changeQuery({ ...this.query(), from: startOf(from), to: end });
  }

  protected changeState(state: ShortfallQuery['state'] | undefined): void {
    if (state) this.changeQuery({ ...this.query(), state });
  }

  protected more(): void {
    this.store.dispatch(StockShortfallsPageActions.moreRequested());
  }

  protected retry(): void {
    this.changeQuery(this.query());
  }

  protected open(shortfall: StockShortfall): void {
    this.settling.set(shortfall.id);
    this.resolution.set('van_count_corrected');
    this.depotId.set(null);
    this.note.set('');
    this.focusAfterRender(`tr[data-shortfall="${shortfall.id}"] form mat-select`);
  }

  protected cancel(shortfall: StockShortfall): void {
    this.settling.set(null);
    this.focusAfterRender(`tr[data-shortfall="${shortfall.id}"] button.open-settle`);
  }

  protected settle(shortfall: StockShortfall): void {
    const resolution = this.resolution();
    if (resolution === 'taken_from_depot' && !this.depotId()) return;
    const note = this.note().trim();
    this.store.dispatch(
      StockShortfallsPageActions.resolveSubmitted({
        id: shortfall.id,
        request: { resolution, ...(resolution === 'taken_from_depot' ? { depotId: this.depotId()! } : {}), ...(note ? { note } : {}) },
      }),
    );
    this.settling.set(null);
  }

  protected errorOf(id: string) {
    const state = this.resolving()[id];
    return state ? callError(state) : null;
  }

  private changeQuery(query: ShortfallQuery): void {
    this.store.dispatch(StockShortfallsPageActions.queryChanged({ query }));
  }
}
