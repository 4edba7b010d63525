import { depot, van } from '../../../../testing/depots';
import {
  selectCanWriteStock,
  selectDepotPageView,
  selectOtherDepots,
  selectSelectedDepot,
  selectTechniciansWithoutVan,
} from './depot.selectors';

describe('depot selectors', () => {
  it('selects the depot named by the address bar', () => {
    const main = depot();
    expect(selectSelectedDepot.projector({ 'd-main': main }, 'd-main')).toBe(main);
    expect(selectSelectedDepot.projector({ 'd-main': main }, 'd-other')).toBeNull();
    expect(selectSelectedDepot.projector({ 'd-main': main }, undefined)).toBeNull();
  });

  it('offers every depot but the one shown as a transfer partner', () => {
    expect(selectOtherDepots.projector([depot(), van(1), van(2)], 'd-van-1').map((d) => d.id)).toEqual(['d-main', 'd-van-2']);
  });

  it('lets administrators and dispatchers move stock; supervisors only read', () => {
    expect(selectCanWriteStock.projector('admin')).toBeTrue();
    expect(selectCanWriteStock.projector('dispatcher')).toBeTrue();
    expect(selectCanWriteStock.projector('supervisor')).toBeFalse();
    expect(selectCanWriteStock.projector(null)).toBeFalse();
  });

  it('tells a missing depot from one still loading', () => {
    const notFound = { error: { status: 404, code: 'not_found', message: '' } };
    expect(selectDepotPageView.projector(null, 'loading')).toEqual(jasmine.objectContaining({ loading: true, notFound: false }));
    expect(selectDepotPageView.projector(null, notFound)).toEqual(jasmine.objectContaining({ loading: false, notFound: true }));
    expect(selectDepotPageView.projector(depot(), 'loading').loading).toBeFalse();
  });

  it('offers only technicians who have no van yet', () => {
    const technicians = {
      items: [
        { id: 'u1', displayName: 'Anne', hasVanDepot: true },
        { id: 'u2', displayName: 'Bruno', hasVanDepot: false },
      ],
      callState: 'loaded' as const,
    };
    expect(selectTechniciansWithoutVan.projector(technicians).items.map((t) => t.id)).toEqual(['u2']);
  });
});
