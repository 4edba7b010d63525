import { computed, signal } from '@angular/core';
import type { Page } from '@contract';
import type { Observable, Subscription } from 'rxjs';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import type { CallState } from '../../../shared/util/call-state';

export type PageFetcher<T> = (cursor: string | null) => Observable<Page<T>>;

/**
 * A long list read page by page with keyset cursors ("Load more"). It lives in the page that shows
 * it, never in the store. `reload` drops what was read and a request still under way, so a late
 * answer of an older query never lands.
 */
export class PagedList<T> {
  private readonly state = signal<{ items: readonly T[]; total: number | null; nextCursor: string | null; callState: CallState }>({
    items: [],
    total: null,
    nextCursor: null,
    callState: 'idle',
  });
  private fetch: PageFetcher<T> | null = null;
  private request: Subscription | null = null;

  readonly items = computed(() => this.state().items);
  readonly total = computed(() => this.state().total);
  readonly callState = computed(() => this.state().callState);
  readonly hasMore = computed(() => this.state().nextCursor !== null);
  readonly isEmpty = computed(() => this.state().callState === 'loaded' && this.state().items.length === 0);

  reload(fetch: PageFetcher<T> | null = this.fetch): void {
    this.fetch = fetch;
    this.request?.unsubscribe();
    this.state.set({ items: [], total: null, nextCursor: null, callState: fetch ? 'loading' : 'idle' });
    if (fetch) this.read(fetch, null);
  }

  loadMore(): void {
    const { nextCursor, callState } = this.state();
    if (!this.fetch || nextCursor === null || callState === 'loading') return;
    this.state.update((s) => ({ ...s, callState: 'loading' }));
    this.read(this.fetch, nextCursor);
  }

  /** Replaces rows in place (e.g. a unit repaired from this list) or drops them (`null`). */
  patch(update: (item: T) => T | null): void {
    this.state.update((s) => {
      const items = s.items.map(update);
      const kept = items.filter((item): item is T => item !== null);
      const dropped = items.length - kept.length;
      return { ...s, items: kept, total: s.total === null ? null : Math.max(0, s.total - dropped) };
    });
  }

  destroy(): void {
    this.request?.unsubscribe();
    this.fetch = null;
  }

  private read(fetch: PageFetcher<T>, cursor: string | null): void {
    this.request = fetch(cursor).subscribe({
      next: (page) =>
        this.state.update((s) => ({
          items: cursor === null ? page.items : [...s.items, ...page.items],
          total: page.total,
          nextCursor: page.nextCursor,
          callState: 'loaded',
        })),
      error: (error: unknown) => this.state.update((s) => ({ ...s, callState: { error: toApiErrorInfo(error) } })),
    });
  }
}
