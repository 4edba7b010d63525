import type { StockShortfall } from '@contract';
import { StockShortfallsApiActions, StockShortfallsPageActions } from './stock-shortfalls.actions';
import { initialStockShortfallsState, stockShortfallsFeature } from './stock-shortfalls.feature';

const shortfall = (id: string, more: Partial<StockShortfall> = {}): StockShortfall => ({
  id,
  job: { id: `j-${id}`, number: `J-${id}` },
  item: { id: 'i-cable', reference: 'CAB', name: 'Cable', familyId: 'f', familyName: 'Cables', isSerialized: false, isStockTracked: true, unit: 'metre' },
  depot: { id: 'van-1', name: 'Van of Marc' },
  technician: { id: 'u-1', displayName: 'Marc' },
  quantity: 3.5,
  shortfall: 2.5,
  occurredAt: '2026-12-09T10:00:00.000Z',
  resolution: null,
  ...more,
});
const page = (items: StockShortfall[], nextCursor: string | null, total = 3) => ({ items, total, nextCursor });
const { reducer } = stockShortfallsFeature;

describe('stock shortfalls slice', () => {
  it('reads a new query from its first page, then appends the next ones', () => {
    let state = reducer(initialStockShortfallsState, StockShortfallsPageActions.queryChanged({ query: { from: null, to: null, state: 'all' } }));
    expect(state.callState).toBe('loading');
    state = reducer(state, StockShortfallsApiActions.pageLoaded({ page: page([shortfall('a'), shortfall('b')], 'c1'), append: false }));
    state = reducer(state, StockShortfallsApiActions.pageLoaded({ page: page([shortfall('c')], null), append: true }));
    expect(stockShortfallsFeature.selectShortfalls.projector(state.items).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(stockShortfallsFeature.selectShortfallListView.projector(state.items, state.total, state.nextCursor, state.callState)).toEqual({
      shown: 3,
      total: 3,
      hasMore: false,
      loading: false,
      error: null,
    });
    state = reducer(state, StockShortfallsApiActions.pageLoaded({ page: page([shortfall('z')], null, 1), append: false }));
    expect(state.items.ids).toEqual(['z']);
  });

  it('keeps a settled shortfall in view with its settlement, and a refusal by shortfall', () => {
    let state = reducer(initialStockShortfallsState, StockShortfallsApiActions.pageLoaded({ page: page([shortfall('a'), shortfall('b')], null), append: false }));
    state = reducer(state, StockShortfallsPageActions.resolveSubmitted({ id: 'a', request: { resolution: 'written_off' } }));
    expect(state.resolving['a']).toBe('loading');
    const resolution = { resolution: 'written_off' as const, depot: null, note: null, resolvedAt: '2026-12-10T08:00:00.000Z', resolvedBy: { id: 'u-9', displayName: 'Dana' } };
    state = reducer(state, StockShortfallsApiActions.resolved({ shortfall: shortfall('a', { resolution }) }));
    expect(state.items.entities['a']?.resolution).toEqual(resolution);
    expect(state.resolving['a']).toBe('loaded');
    const error = { status: 409, code: 'shortfall_already_resolved', message: 'settled' };
    state = reducer(state, StockShortfallsApiActions.resolveFailed({ id: 'b', error }));
    expect(state.resolving['b']).toEqual({ error });
    expect(state.items.ids).toEqual(['a', 'b']);
  });
});
