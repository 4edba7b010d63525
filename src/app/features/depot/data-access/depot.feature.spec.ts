import { depot, itemRef, serialUnitDetail, van } from '../../../../testing/depots';
import {
  DepotApiActions,
  DepotListPageActions,
  DepotPageActions,
  ReceiptDialogActions,
  RepairQueuePageActions,
  SerialPageActions,
} from './depot.actions';
import { depotFeature } from './depot.feature';
import { initialDepotState } from './depot.state';

describe('depot reducer', () => {
  const reducer = depotFeature.reducer;
  const error = { status: 500, code: 'server_error', message: 'down' };

  it('lists the main depot first, then vans by their owner’s name, whatever order they arrive in', () => {
    const state = reducer(
      initialDepotState,
      DepotApiActions.depotsLoaded({
        depots: [van(2, { owner: { id: 'u2', displayName: 'Zoé' } }), van(1, { owner: { id: 'u1', displayName: 'Anne' } }), depot()],
      }),
    );
    expect(depotFeature.selectAllDepots.projector(state).map((d) => d.id)).toEqual(['d-main', 'd-van-1', 'd-van-2']);
    expect(state.list).toBe('loaded');
  });

  it('keeps the search and filters of a depot, and starts another depot afresh', () => {
    let state = reducer(initialDepotState, DepotPageActions.opened({ id: 'd-main' }));
    state = reducer(state, DepotPageActions.stockQueryChanged({ query: { q: 'valve' } }));
    state = reducer(state, DepotPageActions.unitQueryChanged({ query: { status: 'needs_repair', item: itemRef() } }));
    state = reducer(state, DepotPageActions.opened({ id: 'd-main' }));
    expect(state.stockQuery.q).toBe('valve');
    expect(state.unitQuery.status).toBe('needs_repair');
    state = reducer(state, DepotPageActions.opened({ id: 'd-van-1' }));
    expect(state.stockQuery.q).toBe('');
    expect(state.unitQuery).toEqual({ status: null, item: null });
  });

  it('follows a receipt from submit to line problems, then to success which tells pages to read again', () => {
    const request = { lines: [{ itemId: 'i-1', serials: ['A', 'A'] }] };
    let state = reducer(initialDepotState, ReceiptDialogActions.opened());
    state = reducer(state, ReceiptDialogActions.submitted({ depotId: 'd-main', request, idempotencyKey: 'k' }));
    expect(state.receipt.callState).toBe('loading');
    const problems = [{ line: 2, requestLine: 1, serial: 'A', code: 'duplicate_in_request' as const, message: 'Twice' }];
    state = reducer(state, DepotApiActions.receiptRejected({ problems }));
    expect(state.receipt).toEqual({ callState: 'idle', problems });
    expect(state.revision).toBe(0);
    state = reducer(state, DepotApiActions.receiptSucceeded({ depotId: 'd-main', result: { movements: 2, unitsCreated: 2 } }));
    expect(state.receipt).toEqual({ callState: 'loaded', problems: [] });
    expect(state.revision).toBe(1);
  });

  it('counts a bulk repair batch by batch and ends it once every unit is accounted for', () => {
    let state = reducer(initialDepotState, RepairQueuePageActions.bulkRepairConfirmed({ unitIds: ['a', 'b', 'c'], outcome: 'ok' }));
    expect(depotFeature.selectRepairProgress.projector(state.repair)).toEqual(
      jasmine.objectContaining({ total: 3, done: 0, running: true }),
    );
    state = reducer(state, DepotApiActions.repairBatchDone({ result: { repaired: ['a'], failed: [{ unitId: 'b', code: 'invalid_transition', message: 'x' }] } }));
    expect(state.repair.callState).toBe('loading');
    expect(state.revision).toBe(0);
    state = reducer(state, DepotApiActions.repairBatchFailed({ unitIds: ['c'], error }));
    expect(state.repair.callState).toBe('loaded');
    expect(state.repair.repaired).toEqual(['a']);
    expect(state.repair.failed.map((f) => f.unitId)).toEqual(['b', 'c']);
    expect(state.revision).toBe(1);
  });

  it('shows a unit repaired from its serial page with its new status', () => {
    const unit = serialUnitDetail({ id: 'su-1', status: 'needs_repair' });
    let state = reducer(initialDepotState, SerialPageActions.opened({ serial: unit.serial }));
    state = reducer(state, DepotApiActions.serialLoaded({ serial: unit.serial, units: [unit] }));
    state = reducer(state, SerialPageActions.repairConfirmed({ unitId: 'su-1', outcome: 'ok' }));
    state = reducer(state, DepotApiActions.unitRepaired({ unit: { ...unit, status: 'ok', version: 2 } }));
    expect(state.serial.units[0].status).toBe('ok');
    expect(state.repair.callState).toBe('loaded');
    expect(state.repair.repaired).toEqual(['su-1']);
  });

  it('ignores the answer for a serial that is no longer the one shown', () => {
    let state = reducer(initialDepotState, SerialPageActions.opened({ serial: 'NEW' }));
    state = reducer(state, DepotApiActions.serialLoaded({ serial: 'OLD', units: [serialUnitDetail()] }));
    expect(state.serial.units).toEqual([]);
    expect(state.serial.callState).toBe('loading');
  });

  it('says "not found" only once the server answered with no unit', () => {
    const view = depotFeature.selectSerialView;
    const lookup = { serial: 'X', units: [], suggestions: [], callState: 'loading' as const };
    expect(view.projector(lookup).notFound).toBeFalse();
    expect(view.projector({ ...lookup, callState: 'loaded' }).notFound).toBeTrue();
    expect(view.projector({ ...lookup, units: [serialUnitDetail()], callState: 'loaded' }).notFound).toBeFalse();
  });

  it('keeps the technicians’ list out of the way of a failed van creation', () => {
    let state = reducer(initialDepotState, DepotListPageActions.newVanOpened());
    expect(state.technicians.callState).toBe('loading');
    state = reducer(state, DepotApiActions.techniciansLoaded({ technicians: [{ id: 'u1', displayName: 'Anne', hasVanDepot: false }] }));
    state = reducer(state, DepotListPageActions.newVanSubmitted({ input: { name: 'Van', ownerId: 'u1' } }));
    state = reducer(state, DepotApiActions.vanCreateFailed({ error: { status: 409, code: 'owner_has_depot', message: '' } }));
    expect(state.createVan).toEqual({ error: { status: 409, code: 'owner_has_depot', message: '' } });
    expect(state.technicians.items.length).toBe(1);
  });

  it('keeps what the repair queue grid reported, and reads it again from nothing for a new query', () => {
    let state = reducer(initialDepotState, RepairQueuePageActions.opened());
    expect(state.repairQueue).toEqual({ total: null, callState: 'loading', attempt: 0 });
    state = reducer(state, DepotApiActions.repairQueueBlockLoaded({ total: 12 }));
    expect(state.repairQueue).toEqual({ total: 12, callState: 'loaded', attempt: 0 });
    state = reducer(state, RepairQueuePageActions.queryChanged({ query: { q: 'VTD', depotId: null } }));
    expect(state.repairQuery.q).toBe('VTD');
    expect(state.repairQueue).toEqual({ total: null, callState: 'loading', attempt: 0 });
  });

  it('counts retries of a repair queue that failed, so the page builds a new datasource', () => {
    let state = reducer(initialDepotState, RepairQueuePageActions.opened());
    state = reducer(state, DepotApiActions.repairQueueBlockFailed({ error }));
    expect(state.repairQueue.callState).toEqual({ error });
    expect(depotFeature.selectRepairQueueView.projector(state.repairQueue)).toEqual({ total: null, attempt: 0, error });
    state = reducer(state, RepairQueuePageActions.retried());
    expect(state.repairQueue).toEqual({ total: null, callState: 'loading', attempt: 1 });
    state = reducer(state, DepotApiActions.repairQueueBlockLoaded({ total: 0 }));
    expect(depotFeature.selectRepairQueueView.projector(state.repairQueue)).toEqual({ total: 0, attempt: 1, error: null });
  });
});
