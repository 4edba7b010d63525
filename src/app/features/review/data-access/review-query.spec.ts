import { filtersFromParams, noReviewFilters, paramsFromFilters, queueQuery } from './review-query';

describe('review queue filters', () => {
  it('read the URL, ignoring blanks and unknown values', () => {
    expect(filtersFromParams({ technician: 'u-1', customer: ' ', reserves: '1', unsigned: 'yes', view: 'other' })).toEqual({
      takeBacksToCheck: false,
      technicianId: 'u-1',
      customerId: null,
      hasOpenReserves: true,
      missingSignatures: false,
    });
    expect(filtersFromParams({})).toEqual(noReviewFilters);
  });

  it('write the URL back so that reading it gives the same filters, dropping the empty ones', () => {
    const filters = { takeBacksToCheck: true, technicianId: 'u-1', customerId: 'c-9', hasOpenReserves: false, missingSignatures: true };
    const params = paramsFromFilters(filters);
    expect(params).toEqual({ view: 'take-backs', technician: 'u-1', customer: 'c-9', reserves: null, unsigned: '1' });
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('become the API query, which only carries what is set', () => {
    expect(queueQuery(noReviewFilters)).toEqual({});
    expect(queueQuery({ takeBacksToCheck: true, technicianId: 'u-1', customerId: 'c-9', hasOpenReserves: true, missingSignatures: true })).toEqual({
      takeBacksToCheck: 'true',
      technicianId: 'u-1',
      customerId: 'c-9',
      hasOpenReserves: 'true',
      missingSignatures: 'true',
    });
  });
});
