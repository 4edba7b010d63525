import type { BulkRepairRequest } from '@contract';
import type { Actions } from '@ngrx/effects';
import { of } from 'rxjs';
import { serialUnit, serialUnitDetail } from '../../../../testing/depots';
import { collect } from '../../../../testing/effects';
import { DepotApiActions, RepairQueuePageActions, SerialPageActions } from './depot.actions';
import { apiFailure } from '../testing/api-failure';
import type { DepotApi } from './depot-api';
import { loadSerial, repairInBulk, repairOne, suggestSerials } from './repair.effects';

describe('repair and serial effects', () => {
  it('sends a big bulk repair in batches the server accepts, going on after a failed batch', () => {
    const unitIds = Array.from({ length: 1200 }, (_, i) => `u${i}`);
    const sent: BulkRepairRequest[] = [];
    const api = {
      bulkRepair: (req: BulkRepairRequest) => {
        sent.push(req);
        return sent.length === 2 ? apiFailure(503, 'database_unavailable') : of({ repaired: req.unitIds, failed: [] });
      },
    } as unknown as DepotApi;
    const out = collect(repairInBulk(of(RepairQueuePageActions.bulkRepairConfirmed({ unitIds, outcome: 'obsolete' })) as Actions, api));
    expect(sent.map((r) => r.unitIds.length)).toEqual([500, 500, 200]);
    expect(sent.every((r) => r.outcome === 'obsolete')).toBeTrue();
    expect(out.map((a) => a.type)).toEqual([
      DepotApiActions.repairBatchDone.type,
      DepotApiActions.repairBatchFailed.type,
      DepotApiActions.repairBatchDone.type,
    ]);
    expect((out[1] as ReturnType<typeof DepotApiActions.repairBatchFailed>).unitIds).toEqual(unitIds.slice(500, 1000));
  });

  it('repairs one unit and hands back its new state, or says why not', () => {
    const repaired = serialUnitDetail({ status: 'ok' });
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['repair']);
    api.repair.and.returnValues(of(repaired), apiFailure(409, 'invalid_transition'));
    const action = SerialPageActions.repairConfirmed({ unitId: 'su-1', outcome: 'ok' });
    const out = collect(repairOne(of(action, action) as Actions, api));
    expect(api.repair).toHaveBeenCalledWith('su-1', { outcome: 'ok' });
    expect(out[0]).toEqual(DepotApiActions.unitRepaired({ unit: repaired }));
    expect(out[1].type).toBe(DepotApiActions.unitRepairFailed.type);
  });

  it('answers an unknown serial as "no unit", not as a failure', () => {
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['bySerial']);
    api.bySerial.and.returnValues(apiFailure(404, 'not_found'), apiFailure(500, 'internal_error'));
    const opened = SerialPageActions.opened({ serial: 'NOPE' });
    const out = collect(loadSerial(of(opened, opened) as Actions, api));
    expect(out[0]).toEqual(DepotApiActions.serialLoaded({ serial: 'NOPE', units: [] }));
    expect(out[1].type).toBe(DepotApiActions.serialLoadFailed.type);
  });

  it('looks for serials starting the same way only when nothing was found', () => {
    const api = jasmine.createSpyObj<DepotApi>('DepotApi', ['serialUnits']);
    api.serialUnits.and.returnValue(of({ items: [serialUnit()], total: 1, nextCursor: null }));
    const out = collect(
      suggestSerials(
        of(
          DepotApiActions.serialLoaded({ serial: 'VTD-2026', units: [] }),
          DepotApiActions.serialLoaded({ serial: 'VTD-2026-000001', units: [serialUnitDetail()] }),
        ) as Actions,
        api,
      ),
    );
    expect(api.serialUnits).toHaveBeenCalledOnceWith({ serial: 'VTD-2026', limit: 10 });
    expect(out).toEqual([DepotApiActions.serialSuggestionsLoaded({ serial: 'VTD-2026', units: [serialUnit()] })]);
  });
});
