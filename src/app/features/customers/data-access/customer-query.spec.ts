import { queryFromParams, queryToParams, sameQuery } from './customer-query';

describe('customer list query and the URL', () => {
  it('reads one custom field filter from cf.<key> and writes it back', () => {
    const query = queryFromParams({ q: 'dup', 'cf.region': ' north ' });
    expect(query).toEqual({ q: 'dup', sort: 'name', cf: { key: 'region', value: 'north' } });
    expect(queryToParams(query)).toEqual({ q: 'dup', sort: null, 'cf.region': 'north' });
  });

  it('ignores malformed or empty filter parameters', () => {
    expect(queryFromParams({ 'cf.Bad-Key': 'x', 'cf.region': '' })).toEqual({ q: '', sort: 'name' });
  });

  it('a different filter is a different query (the grid restarts)', () => {
    const base = { q: '', sort: 'name' as const };
    expect(sameQuery(base, { ...base, cf: null })).toBeTrue();
    expect(sameQuery({ ...base, cf: { key: 'region', value: 'north' } }, { ...base, cf: { key: 'region', value: 'south' } })).toBeFalse();
  });
});
