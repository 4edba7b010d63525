import { defaultJobQuery, exportUrl, filterParams, isFiltered, queryFromParams, queryToParams, sameQuery } from './job-query';

describe('jobs grid query and the URL', () => {
  const full = {
    view: 'late' as const,
    status: ['scheduled' as const, 'started' as const],
    technicianId: 'u-7',
    customerId: 'c-42',
    from: '2026-11-02',
    to: '2026-11-08',
    hasOpenReserves: true,
    q: 'boiler',
    sort: 'number' as const,
    dir: 'desc' as const,
  };

  it('writes every filter, the view and the sort into the address, and reads them back the same', () => {
    const params = queryToParams(full);
    expect(params).toEqual({
      view: 'late',
      status: 'scheduled,started',
      technicianId: 'u-7',
      customerId: 'c-42',
      from: '2026-11-02',
      to: '2026-11-08',
      hasOpenReserves: 'true',
      q: 'boiler',
      sort: 'number',
      dir: 'desc',
    });
    expect(queryFromParams(params)).toEqual(full);
  });

  it('leaves defaults out, so the plain list is just /jobs', () => {
    expect(Object.values(queryToParams(defaultJobQuery)).every((v) => v === null)).toBeTrue();
    expect(queryFromParams({})).toEqual(defaultJobQuery);
  });

  it('keeps statuses in the lifecycle order, whatever order they were picked in', () => {
    expect(queryFromParams({ status: 'completed,created,bogus,started' }).status).toEqual(['created', 'started', 'completed']);
    expect(queryToParams({ ...defaultJobQuery, status: ['paused', 'draft'] })['status']).toBe('draft,paused');
  });

  it('drops malformed parameters instead of failing', () => {
    const query = queryFromParams({
      view: 'everything',
      sort: 'price',
      dir: 'down',
      from: '2026-02-31',
      to: 'tomorrow',
      hasOpenReserves: 'yes',
      technicianId: '<script>',
      q: `  ${'x'.repeat(150)}  `,
    });
    expect(query).toEqual({ ...defaultJobQuery, q: 'x'.repeat(100) });
  });

  it('ignores a last day before the first day, and a direction without a sort', () => {
    expect(queryFromParams({ from: '2026-11-10', to: '2026-11-01' })).toEqual({ ...defaultJobQuery, from: '2026-11-10' });
    expect(queryFromParams({ dir: 'desc' }).dir).toBeNull();
  });

  it('turns the filters into the API parameters: local days become UTC instants, the last day included', () => {
    expect(filterParams(full)).toEqual({
      view: 'late',
      status: 'scheduled,started',
      technicianId: 'u-7',
      customerId: 'c-42',
      from: new Date(2026, 10, 2).toISOString(),
      to: new Date(2026, 10, 9).toISOString(),
      hasOpenReserves: 'true',
      q: 'boiler',
      sort: 'number',
      dir: 'desc',
    });
    expect(filterParams(defaultJobQuery)).toEqual({});
  });

  it('exports what the grid shows', () => {
    expect(exportUrl(defaultJobQuery)).toBe('/api/jobs/export.csv');
    const url = new URL(exportUrl({ ...defaultJobQuery, view: 'today', status: ['started'], q: 'fuite eau' }), 'http://x');
    expect(url.pathname).toBe('/api/jobs/export.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: 'today', status: 'started', q: 'fuite eau' });
  });

  it('tells a filtered list (offer to clear) from a merely sorted one', () => {
    expect(isFiltered(defaultJobQuery)).toBeFalse();
    expect(isFiltered({ ...defaultJobQuery, sort: 'number', dir: 'asc' })).toBeFalse();
    expect(isFiltered({ ...defaultJobQuery, view: 'pool' })).toBeTrue();
    expect(isFiltered({ ...defaultJobQuery, hasOpenReserves: true })).toBeTrue();
  });

  it('compares queries by what they ask for', () => {
    expect(sameQuery({ ...full }, { ...full, status: ['scheduled', 'started'] })).toBeTrue();
    expect(sameQuery(full, { ...full, status: ['scheduled'] })).toBeFalse();
    expect(sameQuery(full, null)).toBeFalse();
  });
});
