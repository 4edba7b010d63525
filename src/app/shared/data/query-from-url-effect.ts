import { inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { type Action, type MemoizedSelector, Store } from '@ngrx/store';
import { distinctUntilChanged, filter, map } from 'rxjs';

/**
 * The address bar is the source of a list's query: typing, Back and Forward all pass through it.
 * Leaving the list (the selector answers null) and coming back re-reads the query, so a new grid
 * gets a fresh start.
 */
export function queryFromUrlEffect<S extends object, Q>(
  selectQueryFromUrl: MemoizedSelector<S, Q | null>,
  sameQuery: (a: Q | null, b: Q | null) => boolean,
  changed: (query: Q) => Action,
) {
  return createEffect(
    (store: Store<S> = inject(Store)) =>
      store.select(selectQueryFromUrl).pipe(
        distinctUntilChanged(sameQuery),
        filter((query): query is Q => query !== null),
        map(changed),
      ),
    { functional: true },
  );
}
