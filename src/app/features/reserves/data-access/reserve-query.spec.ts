import { defaultReserveQuery, filterParams, isFiltered, queryFromParams, queryToParams } from './reserve-query';

describe('reserve query ↔ address bar', () => {
  it('reads views, statuses (in order) and ids back from the address', () => {
    const query = queryFromParams({ view: 'mine', status: 'compliant,unresolved', technicianId: 't-1', customerId: 'c-1', assigneeId: 'u-2' });
    expect(query).toEqual({ view: 'mine', status: ['unresolved', 'compliant'], technicianId: 't-1', customerId: 'c-1', assigneeId: 'u-2' });
  });

  it('drops anything malformed instead of failing', () => {
    const query = queryFromParams({ view: 'everything', status: 'lost,resolved', technicianId: 'bad id!', customerId: ['a', 'b'] });
    expect(query).toEqual({ ...defaultReserveQuery, status: ['resolved'] });
  });

  it('writes defaults as null so the plain address stays /reserves, and round-trips', () => {
    expect(Object.values(queryToParams(defaultReserveQuery)).every((v) => v === null)).toBeTrue();
    const query = { ...defaultReserveQuery, view: 'older_than_7_days' as const, status: ['unresolved' as const], assigneeId: 'u-2' };
    const params = queryToParams(query);
    expect(params).toEqual({ view: 'older_than_7_days', status: 'unresolved', technicianId: null, customerId: null, assigneeId: 'u-2' });
    expect(queryFromParams(params)).toEqual(query);
  });

  it('gives the API only what narrows the list', () => {
    expect(filterParams(defaultReserveQuery)).toEqual({});
    expect(filterParams({ ...defaultReserveQuery, view: 'unresolved', customerId: 'c-1' })).toEqual({ view: 'unresolved', customerId: 'c-1' });
    expect(isFiltered(defaultReserveQuery)).toBeFalse();
    expect(isFiltered({ ...defaultReserveQuery, status: ['resolved'] })).toBeTrue();
  });
});
