import type { CatalogItem, ItemRef } from '@contract';
import { DepotApi } from './depot-api';
import { apiTestBed } from '../../../../testing/api-test-bed';

function catalogItem(overrides: Partial<CatalogItem>): CatalogItem {
  return {
    id: 'i-1',
    familyId: 'f-1',
    familyName: 'Valves',
    kind: 'part',
    reference: 'VAL-1',
    name: 'Valve',
    description: null,
    unit: 'unit',
    unitPriceCents: 1000,
    currency: 'EUR',
    taxRateBp: 2000,
    isSerialized: false,
    isStockTracked: true,
    isActive: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

describe('DepotApi', () => {
  const bed = apiTestBed(DepotApi);

  it('pages a depot’s stock with the search and the cursor, ids escaped', () => {
    bed.api.stock('d/1', { q: ' val ', limit: 50, cursor: 'k50' }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/depots/d%2F1/stock');
    expect(req.request.params.get('q')).toBe('val');
    expect(req.request.params.get('limit')).toBe('50');
    expect(req.request.params.get('cursor')).toBe('k50');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('sends only the unit filters that are set', () => {
    bed.api.serialUnits({ depotId: 'd-1', status: null, itemId: null, serial: '', limit: 50, cursor: null }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/serial-units');
    expect(req.request.params.keys().sort()).toEqual(['depotId', 'limit']);
    req.flush({ items: [], total: 0, nextCursor: null });
    bed.api.serialUnits({ depotId: 'd-1', status: 'needs_repair', itemId: 'i-9', limit: 10 }).subscribe();
    const filtered = bed.backend.expectOne((r) => r.url === '/api/serial-units');
    expect(filtered.request.params.get('status')).toBe('needs_repair');
    expect(filtered.request.params.get('itemId')).toBe('i-9');
    filtered.flush({ items: [], total: 0, nextCursor: null });
  });

  it('posts a receipt with its Idempotency-Key', () => {
    const request = { lines: [{ itemId: 'i-1', serials: ['A'] }] };
    bed.api.receive('d-main', request, 'key-1').subscribe();
    const req = bed.backend.expectOne({ method: 'POST', url: '/api/depots/d-main/receipts' });
    expect(req.request.body).toEqual(request);
    expect(req.request.headers.get('Idempotency-Key')).toBe('key-1');
    req.flush({ movements: 1, unitsCreated: 1 }, { status: 201, statusText: 'Created' });
  });

  it('posts transfers, single and bulk repairs where the server expects them', () => {
    bed.api.transfer({ fromDepotId: 'a', toDepotId: 'b', lines: [], serialUnitIds: ['su-1'] }, 'k').subscribe();
    bed.backend.expectOne({ method: 'POST', url: '/api/stock-transfers' }).flush({ movements: 1 });
    bed.api.repair('su 1', { outcome: 'ok' }).subscribe();
    expect(bed.backend.expectOne({ method: 'POST', url: '/api/serial-units/su%201/repair' }).request.body).toEqual({ outcome: 'ok' });
    bed.api.bulkRepair({ unitIds: ['a', 'b'], outcome: 'obsolete' }).subscribe();
    bed.backend.expectOne({ method: 'POST', url: '/api/serial-units/repairs' }).flush({ repaired: ['a', 'b'], failed: [] });
  });

  it('finds every unit of a serial, the serial escaped in the path', () => {
    bed.api.bySerial('AB/12 #3').subscribe();
    bed.backend.expectOne('/api/serial-units/by-serial/AB%2F12%20%233').flush([]);
  });

  it('reads the repair queue filtered by depot and serial start', () => {
    bed.api.repairQueue({ depotId: 'd-van-1', q: 'VTD', limit: 100 }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/repairs');
    expect(req.request.params.get('depotId')).toBe('d-van-1');
    expect(req.request.params.get('q')).toBe('VTD');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('offers active parts a depot can hold, or only serialized ones, as item references', () => {
    let held: ItemRef[] = [];
    let serialized: ItemRef[] = [];
    const items = [
      catalogItem({ id: 'i-qty' }),
      catalogItem({ id: 'i-ser', isSerialized: true }),
      catalogItem({ id: 'i-none', isStockTracked: false }),
    ];
    bed.api.catalogItems('val').subscribe((r) => (held = r));
    const req = bed.backend.expectOne((r) => r.url === '/api/catalog/items');
    expect(req.request.params.get('q')).toBe('val');
    expect(req.request.params.get('active')).toBe('true');
    expect(req.request.params.get('kind')).toBe('part');
    req.flush({ items, total: 3, nextCursor: null });
    bed.api.catalogItems('val', 'serialized').subscribe((r) => (serialized = r));
    bed.backend.expectOne((r) => r.url === '/api/catalog/items').flush({ items, total: 3, nextCursor: null });
    expect(held.map((i) => i.id)).toEqual(['i-qty', 'i-ser']);
    expect(serialized.map((i) => i.id)).toEqual(['i-ser']);
    expect(Object.keys(held[0]).sort()).toEqual(
      ['familyId', 'familyName', 'id', 'isSerialized', 'isStockTracked', 'name', 'reference', 'unit'].sort(),
    );
  });

  it('asks for technicians and creates a van', () => {
    bed.api.technicians().subscribe();
    bed.backend.expectOne('/api/users/technicians').flush({ items: [] });
    bed.api.createVan({ name: 'Van — Anne', ownerId: 'u-1' }).subscribe();
    expect(bed.backend.expectOne({ method: 'POST', url: '/api/depots' }).request.body).toEqual({ name: 'Van — Anne', ownerId: 'u-1' });
  });
});
