import { defaultCatalogQuery, exportUrl, queryFromParams, queryToParams, sameQuery } from './catalog-query';

describe('catalog query', () => {
  it('round-trips through the URL, leaving defaults out', () => {
    const query = { q: 'vanne', familyId: 'f-1', kind: 'part' as const, active: true, sort: 'reference' as const };
    const params = queryToParams(query);
    expect(params).toEqual({ q: 'vanne', familyId: 'f-1', kind: 'part', active: 'true', sort: 'reference' });
    expect(queryFromParams(params)).toEqual(query);
    expect(queryToParams(defaultCatalogQuery)).toEqual({ q: null, familyId: null, kind: null, active: null, sort: null });
  });

  it('compares queries field by field', () => {
    expect(sameQuery({ ...defaultCatalogQuery }, { ...defaultCatalogQuery })).toBeTrue();
    expect(sameQuery(defaultCatalogQuery, { ...defaultCatalogQuery, active: false })).toBeFalse();
    expect(sameQuery(null, defaultCatalogQuery)).toBeFalse();
  });

  it('exports what the grid shows', () => {
    expect(exportUrl({ q: 'a b', familyId: 'f-1', kind: null, active: false, sort: 'name' })).toBe(
      '/api/catalog/items/export.csv?sort=name&q=a+b&familyId=f-1&active=false',
    );
  });
});
