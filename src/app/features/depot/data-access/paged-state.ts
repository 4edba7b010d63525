import { type Signal, computed } from '@angular/core';
import type { Page } from '@contract';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { CallState } from '../../../shared/util/call-state';

/** A long list read page by page with keyset cursors ("Load more"). */
export interface PagedState<T> {
  items: T[];
  total: number | null;
  nextCursor: string | null;
  callState: CallState;
}

/** Options for a picker, asked from the server as the user types. */
export interface SearchState<T> {
  options: T[];
  searched: boolean;
  error: ApiErrorInfo | null;
}

export const firstPageLoading: PagedState<never> = { items: [], total: null, nextCursor: null, callState: 'loading' };
export const noPages: PagedState<never> = { ...firstPageLoading, callState: 'idle' };
export const noSearch: SearchState<never> = { options: [], searched: false, error: null };

export function pageLoaded<T>(list: PagedState<T>, page: Page<T>, append: boolean): PagedState<T> {
  return {
    items: append ? [...list.items, ...page.items] : page.items,
    total: page.total,
    nextCursor: page.nextCursor,
    callState: 'loaded',
  };
}

export function canLoadMore(list: PagedState<unknown>): boolean {
  return list.nextCursor !== null && list.callState !== 'loading';
}

/** How the pages read a paged list of the store: signals over it, and "more" as an event. */
export function pagedView<T>(list: Signal<PagedState<T>>, loadMore: () => void) {
  return {
    items: computed(() => list().items),
    total: computed(() => list().total),
    callState: computed(() => list().callState),
    hasMore: computed(() => list().nextCursor !== null),
    isEmpty: computed(() => list().callState === 'loaded' && list().items.length === 0),
    loadMore,
  };
}

/** How a picker reads a search of the store: signals over it, and each question as an event. */
export function searchView<T>(found: Signal<SearchState<T>>, search: (q: string) => void) {
  return {
    options: computed(() => found().options),
    searched: computed(() => found().searched),
    error: computed(() => found().error),
    search,
  };
}
