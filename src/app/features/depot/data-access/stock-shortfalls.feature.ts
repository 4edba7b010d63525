import { createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ShortfallState, StockShortfall } from '@contract';
import type { CallState } from '../../../shared/util/call-state';
import { StockShortfallsApiActions, StockShortfallsPageActions } from './stock-shortfalls.actions';

/** The period (ISO instants: start of the first day, end of the last) and which shortfalls. */
export interface ShortfallQuery {
  from: string | null;
  to: string | null;
  state: ShortfallState | 'all';
}

/** A depot the missing parts may have come from. */
export interface DepotChoice {
  id: string;
  name: string;
}

export interface StockShortfallsState {
  query: ShortfallQuery;
  /** The pages read so far, newest first (a period's shortfalls are few: they fit the store). */
  items: ReturnType<typeof adapter.getInitialState>;
  total: number;
  nextCursor: string | null;
  callState: CallState;
  /** Where parts may have come from, for "taken from a depot". */
  depots: DepotChoice[];
  /** The settlement under way or refused, by shortfall id. */
  resolving: Record<string, CallState>;
}

const adapter = createEntityAdapter<StockShortfall>({ sortComparer: false });

export const defaultShortfallQuery: ShortfallQuery = { from: null, to: null, state: 'open' };

export const initialStockShortfallsState: StockShortfallsState = {
  query: defaultShortfallQuery,
  items: adapter.getInitialState(),
  total: 0,
  nextCursor: null,
  callState: 'idle',
  depots: [],
  resolving: {},
};

export const stockShortfallsFeature = createFeature({
  name: 'stockShortfalls',
  reducer: createReducer(
    initialStockShortfallsState,
    on(StockShortfallsPageActions.opened, (state) => ({ ...state, callState: 'loading' as const })),
    on(StockShortfallsPageActions.queryChanged, (state, { query }) => ({ ...state, query, callState: 'loading' as const })),
    on(StockShortfallsPageActions.moreRequested, (state) => ({ ...state, callState: 'loading' as const })),
    on(StockShortfallsApiActions.pageLoaded, (state, { page, append }) => ({
      ...state,
      items: append ? adapter.addMany(page.items, state.items) : adapter.setAll(page.items, state.items),
      total: page.total,
      nextCursor: page.nextCursor,
      callState: 'loaded' as const,
    })),
    on(StockShortfallsApiActions.pageLoadFailed, (state, { error }) => ({ ...state, callState: { error } })),
    on(StockShortfallsApiActions.depotsLoaded, (state, { depots }) => ({ ...state, depots })),
    on(StockShortfallsPageActions.resolveSubmitted, (state, { id }) => ({ ...state, resolving: { ...state.resolving, [id]: 'loading' as const } })),
    // A settled shortfall stays in view (the office sees what it just did) until the list is read again.
    on(StockShortfallsApiActions.resolved, (state, { shortfall }) => ({
      ...state,
      items: adapter.upsertOne(shortfall, state.items),
      resolving: { ...state.resolving, [shortfall.id]: 'loaded' as const },
    })),
    on(StockShortfallsApiActions.resolveFailed, (state, { id, error }) => ({ ...state, resolving: { ...state.resolving, [id]: { error } } })),
  ),
  extraSelectors: ({ selectItems, selectTotal, selectNextCursor, selectCallState }) => ({
    selectShortfalls: createSelector(selectItems, adapter.getSelectors().selectAll),
    selectShortfallListView: createSelector(selectItems, selectTotal, selectNextCursor, selectCallState, (items, total, nextCursor, callState) => ({
      shown: items.ids.length,
      total,
      hasMore: nextCursor !== null,
      loading: callState === 'loading',
      error: typeof callState === 'object' ? callState.error : null,
    })),
  }),
});
