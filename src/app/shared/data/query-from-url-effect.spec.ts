import type { Store } from '@ngrx/store';
import { createAction, createSelector, props } from '@ngrx/store';
import { of } from 'rxjs';
import { queryFromUrlEffect } from './query-from-url-effect';

interface Query {
  q: string;
}
const queryChanged = createAction('[Things Router] query changed', props<{ query: Query }>());
const selectQueryFromUrl = createSelector(
  (state: { q: string | null }) => state.q,
  (q) => (q === null ? null : { q }),
);

describe('queryFromUrlEffect', () => {
  it('dispatches each new query of the address bar, again after leaving the list and coming back', () => {
    const sameQuery = (a: Query | null, b: Query | null) => a?.q === b?.q;
    const readQuery = queryFromUrlEffect(selectQueryFromUrl, sameQuery, (query) => queryChanged({ query }));
    const urls = [{ q: 'a' }, { q: 'a' }, { q: 'b' }, null, { q: 'b' }];
    const store = { select: () => of(...urls) } as unknown as Store<{ q: string | null }>;
    const out: unknown[] = [];
    readQuery(store).subscribe((a) => out.push(a));
    expect(out).toEqual(['a', 'b', 'b'].map((q) => queryChanged({ query: { q } })));
  });
});
