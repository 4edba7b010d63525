import { signal } from '@angular/core';
import type { DepotMovement, Page, StockLine } from '@contract';
import type { Actions } from '@ngrx/effects';
import type { Action, Store } from '@ngrx/store';
import { Subject, of, throwError } from 'rxjs';
import { DepotApiActions, DepotPageActions, TransferDialogActions } from './depot.actions';
import type { DepotApi } from './depot-api';
import { depotFeature } from './depot.feature';
import { initialDepotState } from './depot.state';
import { loadMovementLines, loadStockLines, searchTransferOptions } from './depot-lists.effects';
import { defaultStockQuery } from './depot-query';
import { type PagedState, firstPageLoading, pagedView } from './paged-state';
import { collect } from '../../../../testing/effects';

const line = (id: string) => ({ item: { id } }) as StockLine;
const page = (ids: string[], nextCursor: string | null, total = 3): Page<StockLine> => ({ items: ids.map(line), total, nextCursor });

function storeWith(stock: PagedState<StockLine>): Store {
  return {
    select: (selector: unknown) =>
      of(selector === depotFeature.selectQueriedDepotId ? 'd-1' : selector === depotFeature.selectStockQuery ? defaultStockQuery : stock),
  } as unknown as Store;
}

describe('depot lists', () => {
  const reducer = depotFeature.reducer;

  it('reads the first page, then the next one from its cursor, and no further', () => {
    const api = { stock: jasmine.createSpy().and.returnValue(of(page(['a', 'b'], 'k2'))) } as unknown as DepotApi;
    const first = collect(loadStockLines(of(DepotPageActions.opened({ id: 'd-1' })) as Actions, storeWith(firstPageLoading), api));
    expect(api.stock).toHaveBeenCalledWith('d-1', { q: '', limit: 50, cursor: null });
    let state = reducer(reducer(initialDepotState, DepotPageActions.opened({ id: 'd-1' })), first[0]);
    expect(state.lists.stock.items.length).toBe(2);

    state = reducer(state, DepotPageActions.moreStockRequested());
    expect(state.lists.stock.callState).toBe('loading');
    const more = collect(loadStockLines(of(DepotPageActions.moreStockRequested()) as Actions, storeWith(state.lists.stock), api));
    expect(api.stock).toHaveBeenCalledWith('d-1', { q: '', limit: 50, cursor: 'k2' });
    expect(more).toEqual([DepotApiActions.listPageLoaded({ list: 'stock', page: page(['a', 'b'], 'k2'), append: true })]);

    const last = reducer(state, DepotApiActions.listPageLoaded({ list: 'stock', page: page(['c'], null), append: true }));
    expect(last.lists.stock.items.map((l) => l.item.id)).toEqual(['a', 'b', 'c']);
    expect(reducer(last, DepotPageActions.moreStockRequested())).toBe(last);
    expect(collect(loadStockLines(of(DepotPageActions.moreStockRequested()) as Actions, storeWith(last.lists.stock), api))).toEqual([]);
  });

  it("reads a depot's movements when its page opens, again after a transfer, and on from the cursor for more", () => {
    const movements = (ids: string[], nextCursor: string | null): Page<DepotMovement> => ({ items: ids.map((id) => ({ id }) as DepotMovement), total: 3, nextCursor });
    const api = { movements: jasmine.createSpy().and.returnValue(of(movements(['m1', 'm2'], 'k2'))) } as unknown as DepotApi;
    const storeOf = (list: PagedState<DepotMovement>) =>
      ({ select: (selector: unknown) => of(selector === depotFeature.selectQueriedDepotId ? 'd-1' : list) }) as unknown as Store;
    const first = collect(loadMovementLines(of(DepotPageActions.opened({ id: 'd-1' })) as Actions, storeOf(firstPageLoading), api));
    expect(api.movements).toHaveBeenCalledWith('d-1', { limit: 50, cursor: null });
    let state = reducer(reducer(initialDepotState, DepotPageActions.opened({ id: 'd-1' })), first[0]);
    expect(state.lists.movements.items.map((m) => m.id)).toEqual(['m1', 'm2']);

    state = reducer(state, DepotPageActions.moreMovementsRequested());
    collect(loadMovementLines(of(DepotPageActions.moreMovementsRequested()) as Actions, storeOf(state.lists.movements), api));
    expect(api.movements).toHaveBeenCalledWith('d-1', { limit: 50, cursor: 'k2' });

    const moved = DepotApiActions.transferSucceeded({ fromDepotId: 'd-1', toDepotId: 'd-2', result: { movements: 1 } });
    expect(reducer(state, moved).lists.movements).toEqual(firstPageLoading);
    collect(loadMovementLines(of(moved) as Actions, storeOf(firstPageLoading), api));
    expect(api.movements).toHaveBeenCalledTimes(3);
  });

  it('drops a late answer of an older query', () => {
    const older = new Subject<Page<StockLine>>();
    const api = { stock: jasmine.createSpy().and.returnValues(older, of(page(['new'], null, 1))) } as unknown as DepotApi;
    const actions = new Subject<Action>();
    const out = collect(loadStockLines(actions as unknown as Actions, storeWith(firstPageLoading), api));
    actions.next(DepotPageActions.opened({ id: 'd-1' }));
    actions.next(DepotPageActions.stockQueryChanged({ query: { q: 'x' } }));
    older.next(page(['old'], null, 1));
    expect(out).toEqual([DepotApiActions.listPageLoaded({ list: 'stock', page: page(['new'], null, 1), append: false })]);
  });

  it('says empty only after an answer, and keeps what was read when a page fails', () => {
    let state = reducer(initialDepotState, DepotPageActions.opened({ id: 'd-1' }));
    const view = signal(state.lists.stock);
    const list = pagedView(view, () => undefined);
    expect(list.isEmpty()).toBeFalse();
    view.set(reducer(state, DepotApiActions.listPageLoaded({ list: 'stock', page: page([], null, 0), append: false })).lists.stock);
    expect(list.isEmpty()).toBeTrue();

    state = reducer(state, DepotApiActions.listPageLoaded({ list: 'stock', page: page(['a'], 'k1'), append: false }));
    state = reducer(state, DepotPageActions.moreStockRequested());
    const error = { status: 0, code: 'unexpected', message: 'down' };
    state = reducer(state, DepotApiActions.listPageFailed({ list: 'stock', error }));
    view.set(state.lists.stock);
    expect(list.items().map((l) => l.item.id)).toEqual(['a']);
    expect(list.callState()).toEqual({ error });
  });

  it('searches the transfer source as the user types and forgets the options of another source', () => {
    const api = {
      stock: jasmine.createSpy().and.returnValue(of(page(['a'], null, 1))),
      serialUnits: jasmine.createSpy().and.returnValue(throwError(() => new Error('down'))),
    } as unknown as DepotApi;
    const out = collect(
      searchTransferOptions(
        of(TransferDialogActions.stockSearched({ depotId: 'd-2', q: 'fil' }), TransferDialogActions.unitsSearched({ depotId: 'd-2', q: 'SN' })) as Actions,
        api,
      ),
    );
    expect(api.stock).toHaveBeenCalledWith('d-2', { q: 'fil', limit: 20 });
    expect(api.serialUnits).toHaveBeenCalledWith({ depotId: 'd-2', serial: 'SN', limit: 20 });
    let state = out.reduce(reducer, initialDepotState);
    expect(state.searches.transferStock.options.map((l) => l.item.id)).toEqual(['a']);
    expect(state.searches.transferUnits.error?.code).toBe('unexpected');
    state = reducer(state, TransferDialogActions.sourceChanged({ depotId: 'd-3' }));
    expect(state.searches.transferStock).toEqual({ options: [], searched: false, error: null });
  });
});
