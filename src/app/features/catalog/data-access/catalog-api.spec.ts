import { CatalogApi } from './catalog-api';
import { family, importResult, item } from '../testing/catalog-fixtures';
import { defaultCatalogQuery } from './catalog-query';
import { apiTestBed } from '../../../../testing/api-test-bed';

describe('CatalogApi', () => {
  const bed = apiTestBed(CatalogApi);

  it('lists items with the filters, limit and cursor (offset only without a cursor)', () => {
    const query = { q: 'van', familyId: 'f-1', kind: 'part' as const, active: true, sort: 'reference' as const };
    bed.api.listItems({ query, limit: 100, cursor: 'k1', offset: 300 }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/catalog/items');
    expect(req.request.params.keys().sort()).toEqual(['active', 'cursor', 'familyId', 'kind', 'limit', 'q', 'sort']);
    expect(req.request.params.get('active')).toBe('true');
    expect(req.request.params.get('cursor')).toBe('k1');
    req.flush({ items: [], total: 0, nextCursor: null });

    bed.api.listItems({ query: defaultCatalogQuery, limit: 100, offset: 300 }).subscribe();
    const jump = bed.backend.expectOne((r) => r.url === '/api/catalog/items');
    expect(jump.request.params.keys().sort()).toEqual(['limit', 'offset', 'sort']);
    jump.flush({ items: [], total: 0, nextCursor: null });
  });

  it('edits families and items with If-Match carrying the version shown', () => {
    bed.api.updateFamily('f-1', 4, { position: 0 }).subscribe();
    const move = bed.backend.expectOne({ method: 'PATCH', url: '/api/catalog/families/f-1' });
    expect(move.request.headers.get('If-Match')).toBe('"4"');
    expect(move.request.body).toEqual({ position: 0 });
    move.flush(family(1));

    bed.api.deleteFamily('f/2', 1).subscribe();
    const del = bed.backend.expectOne({ method: 'DELETE', url: '/api/catalog/families/f%2F2' });
    expect(del.request.headers.get('If-Match')).toBe('"1"');
    del.flush(null, { status: 204, statusText: 'No Content' });

    bed.api.updateItem('i-1', 3, { unitPriceCents: 100 }).subscribe();
    const patch = bed.backend.expectOne({ method: 'PATCH', url: '/api/catalog/items/i-1' });
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    patch.flush(item());
  });

  it('sends the CSV text as text/csv, with the dry-run flag', () => {
    let valid: boolean | undefined;
    bed.api.importCsv('reference;name\n', true).subscribe((r) => (valid = r.valid));
    const req = bed.backend.expectOne((r) => r.url === '/api/catalog/items/import');
    expect(req.request.method).toBe('POST');
    expect(req.request.params.get('dryRun')).toBe('true');
    expect(req.request.headers.get('Content-Type')).toBe('text/csv');
    expect(req.request.body).toBe('reference;name\n');
    req.flush(importResult());
    expect(valid).toBeTrue();
  });
});
