import { ChangeDetectionStrategy, Component, type Signal, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../../shared/ui/api-error-message';
import { LocalNumberPipe } from '../../../../shared/ui/local-number-pipe';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { type CallState, callError } from '../../../../shared/util/call-state';

/** A long list read page by page, as a page sees it (its signals) and asks for more. */
export interface PagedListView {
  items: Signal<readonly unknown[]>;
  total: Signal<number | null>;
  callState: Signal<CallState>;
  hasMore: Signal<boolean>;
  isEmpty: Signal<boolean>;
  loadMore: () => void;
}

/**
 * The frame of a list read with "Load more": how many there are, the failure, the empty text,
 * the caller's table, the progress bar and the button reading the next page.
 */
@Component({
  selector: 'fd-paged-list',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe, ApiErrorMessage, LocalNumberPipe, PluralPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let l = list();
    <div class="status" aria-live="polite">
      @if (l.total() !== null) {
        {{ totalKey() | plural: l.total()! | transloco: { count: (l.total() | localNumber) } }}
      }
    </div>
    @if (error(); as e) {
      <p class="error-text" role="alert"><fd-api-error-message [error]="e" /></p>
    }
    @if (l.isEmpty()) {
      <p class="empty">{{ emptyText() }}</p>
    } @else if (l.items().length) {
      <ng-content />
    }
    @if (l.callState() === 'loading') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
    @if (l.hasMore()) {
      <button mat-stroked-button type="button" class="more" [disabled]="l.callState() === 'loading'" (click)="l.loadMore()">
        {{ 'depot.loadMore' | transloco: { shown: (l.items().length | localNumber), total: (l.total() | localNumber) } }}
      </button>
    }
  `,
  styles: `
    .status {
      min-height: 32px;
      display: flex;
      align-items: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      padding: 16px 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      margin-top: 12px;
    }
  `,
})
export class PagedList {
  readonly list = input.required<PagedListView>();
  /** i18n key holding the `.one` and `.other` texts of the total, with `{{count}}`. */
  readonly totalKey = input.required<string>();
  /** What an empty list says (already translated: it may name the search). */
  readonly emptyText = input.required<string>();

  protected readonly error = computed(() => callError(this.list().callState()));
}
