import { customer } from '../../../../testing/fixtures';
import { CustomersApi } from './customers-api';
import { apiTestBed } from '../../../../testing/api-test-bed';

describe('CustomersApi', () => {
  const bed = apiTestBed(CustomersApi);

  it('lists with the query, sort, limit and cursor', () => {
    bed.api.list({ q: 'dup', sort: 'updatedAt', limit: 100, cursor: 'abc' }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/customers');
    expect(req.request.params.get('q')).toBe('dup');
    expect(req.request.params.get('sort')).toBe('updatedAt');
    expect(req.request.params.get('limit')).toBe('100');
    expect(req.request.params.get('cursor')).toBe('abc');
    expect(req.request.params.has('offset')).toBeFalse();
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('sends a custom field filter as cf.<key>', () => {
    bed.api.list({ sort: 'name', limit: 100, cf: { key: 'region', value: 'north' } }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/customers');
    expect(req.request.params.get('cf.region')).toBe('north');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('asks by offset only when no cursor is known', () => {
    bed.api.list({ sort: 'name', limit: 100, offset: 5000 }).subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/customers');
    expect(req.request.params.get('offset')).toBe('5000');
    expect(req.request.params.has('q')).toBeFalse();
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('updates with If-Match carrying the version the edit started from', () => {
    const input = { name: 'New name', sites: [], contacts: [] };
    let saved = '';
    bed.api.update('c-1', 3, input).subscribe((c) => (saved = c.name));
    const req = bed.backend.expectOne({ method: 'PATCH', url: '/api/customers/c-1' });
    expect(req.request.headers.get('If-Match')).toBe('"3"');
    expect(req.request.body).toEqual(input);
    req.flush(customer({ name: 'New name', version: 4 }));
    expect(saved).toBe('New name');
  });

  it('creates with POST and escapes ids in paths', () => {
    bed.api.create({ name: 'A', sites: [], contacts: [] }).subscribe();
    bed.backend.expectOne({ method: 'POST', url: '/api/customers' }).flush(customer());
    bed.api.get('a/b').subscribe();
    bed.backend.expectOne('/api/customers/a%2Fb').flush(customer());
  });

  it('pages a customer’s jobs with the cursor', () => {
    bed.api.jobs('c-1', 20, 'next-1').subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/customers/c-1/jobs');
    expect(req.request.params.get('limit')).toBe('20');
    expect(req.request.params.get('cursor')).toBe('next-1');
    req.flush({ items: [], total: 0, nextCursor: null });
  });
});
