import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { customer } from '../../../../testing/fixtures';
import { CustomersApi } from './customers-api';

describe('CustomersApi', () => {
  let api: CustomersApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(CustomersApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists with the query, sort, limit and cursor', () => {
    api.list({ q: 'dup', sort: 'updatedAt', limit: 100, cursor: 'abc' }).subscribe();
    const req = backend.expectOne((r) => r.url === '/api/customers');
    expect(req.request.params.get('q')).toBe('dup');
    expect(req.request.params.get('sort')).toBe('updatedAt');
    expect(req.request.params.get('limit')).toBe('100');
    expect(req.request.params.get('cursor')).toBe('abc');
    expect(req.request.params.has('offset')).toBeFalse();
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('sends a custom field filter as cf.<key>', () => {
    api.list({ sort: 'name', limit: 100, cf: { key: 'region', value: 'north' } }).subscribe();
    const req = backend.expectOne((r) => r.url === '/api/customers');
    expect(req.request.params.get('cf.region')).toBe('north');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('asks by offset only when no cursor is known', () => {
    api.list({ sort: 'name', limit: 100, offset: 5000 }).subscribe();
    const req = backend.expectOne((r) => r.url === '/api/customers');
    expect(req.request.params.get('offset')).toBe('5000');
    expect(req.request.params.has('q')).toBeFalse();
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('updates with If-Match carrying the version the edit started from', () => {
    const input = { name: 'New name', sites: [], contacts: [] };
    let saved = '';
    api.update('c-1', 3, input).subscribe((c) => (saved = c.name));
    const req = backend.expectOne({ method: 'PATCH', url: '/api/customers/c-1' });
    expect(req.request.headers.get('If-Match')).toBe('"3"');
    expect(req.request.body).toEqual(input);
    req.flush(customer({ name: 'New name', version: 4 }));
    expect(saved).toBe('New name');
  });

  it('creates with POST and escapes ids in paths', () => {
    api.create({ name: 'A', sites: [], contacts: [] }).subscribe();
    backend.expectOne({ method: 'POST', url: '/api/customers' }).flush(customer());
    api.get('a/b').subscribe();
    backend.expectOne('/api/customers/a%2Fb').flush(customer());
  });

  it('pages a customer’s jobs with the cursor', () => {
    api.jobs('c-1', 20, 'next-1').subscribe();
    const req = backend.expectOne((r) => r.url === '/api/customers/c-1/jobs');
    expect(req.request.params.get('limit')).toBe('20');
    expect(req.request.params.get('cursor')).toBe('next-1');
    req.flush({ items: [], total: 0, nextCursor: null });
  });
});
