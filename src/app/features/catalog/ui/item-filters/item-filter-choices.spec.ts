import { type ItemFilterValues, itemFilterChange, itemFilterChoices } from './item-filter-choices';

describe('The catalog filter menus', () => {
  const values: ItemFilterValues = { q: 'boiler', kind: null, active: false, sort: 'reference' };

  it('show "all" for no filter and the query’s values otherwise', () => {
    expect(itemFilterChoices(values).map((c) => [c.key, c.value])).toEqual([
      ['kind', 'all'],
      ['active', 'inactive'],
      ['sort', 'reference'],
    ]);
    expect(itemFilterChoices({ ...values, kind: 'part', active: true })[1].value).toBe('active');
  });

  it('turn a picked option into a change of the query', () => {
    expect(itemFilterChange({ key: 'kind', value: 'all' })).toEqual({ kind: null });
    expect(itemFilterChange({ key: 'kind', value: 'service' })).toEqual({ kind: 'service' });
    expect(itemFilterChange({ key: 'active', value: 'all' })).toEqual({ active: null });
    expect(itemFilterChange({ key: 'active', value: 'active' })).toEqual({ active: true });
    expect(itemFilterChange({ key: 'active', value: 'inactive' })).toEqual({ active: false });
    expect(itemFilterChange({ key: 'sort', value: 'name' })).toEqual({ sort: 'name' });
  });
});
