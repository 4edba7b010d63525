import { transferRefusalMessage } from './transfer-refusal';

describe('transferRefusalMessage', () => {
  const names = {
    itemName: (id: string) => (id === 'i-1' ? 'VAL-1 — Valve' : null),
    unitSerial: (id: string) => (id === 'su-1' ? 'SER-1' : null),
    depotName: 'Main warehouse',
  };

  it('names the item short of stock and how many are left', () => {
    const error = { status: 409, code: 'insufficient_stock', message: '', details: { itemId: 'i-1', available: 3 } };
    expect(transferRefusalMessage(error, names)).toEqual({
      key: 'depot.transfer.refusals.insufficientStock',
      params: { item: 'VAL-1 — Valve', available: 3, depot: 'Main warehouse' },
    });
  });

  it('names the unit that cannot go to a van by its serial', () => {
    const error = { status: 422, code: 'unit_not_usable', message: '', details: { unitId: 'su-1' } };
    expect(transferRefusalMessage(error, names)).toEqual({ key: 'depot.transfer.refusals.unitNotUsable', params: { serial: 'SER-1' } });
  });

  it('falls back to the common sentences for other failures', () => {
    expect(transferRefusalMessage({ status: 0, code: 'network_error', message: '' }, names).key).toBe('errors.network_error');
  });
});
