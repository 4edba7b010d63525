import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { ApiInterceptorActions } from '../auth/auth.actions';
import { selectCsrfToken } from '../auth/auth.feature';
import { credentialsInterceptor, sessionExpiredInterceptor } from './api-interceptors';

describe('API interceptors', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore({ selectors: [{ selector: selectCsrfToken, value: 'token-1' }] }),
        provideHttpClient(withInterceptors([credentialsInterceptor, sessionExpiredInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
  });

  afterEach(() => backend.verify());

  it('sends the CSRF token on state-changing API calls only', () => {
    http.post('/api/customers', {}).subscribe();
    http.get('/api/customers').subscribe();
    const post = backend.expectOne({ method: 'POST', url: '/api/customers' });
    const get = backend.expectOne({ method: 'GET', url: '/api/customers' });
    expect(post.request.headers.get('X-CSRF-Token')).toBe('token-1');
    expect(get.request.headers.has('X-CSRF-Token')).toBeFalse();
    expect(post.request.withCredentials).toBeTrue();
    post.flush({});
    get.flush({});
  });

  it('does not hand the token to other addresses', () => {
    http.post('/i18n/en.json', {}).subscribe();
    const req = backend.expectOne('/i18n/en.json');
    expect(req.request.headers.has('X-CSRF-Token')).toBeFalse();
    req.flush({});
  });

  it('sends the user back to sign-in, remembering where they were, on a 401', () => {
    spyOnProperty(TestBed.inject(Router), 'url').and.returnValue('/customers?q=dup');
    http.get('/api/customers').subscribe({ error: () => undefined });
    backend.expectOne('/api/customers').flush({ error: { code: 'unauthenticated' } }, { status: 401, statusText: 'Unauthorized' });
    expect(store.dispatch).toHaveBeenCalledWith(ApiInterceptorActions.sessionExpired({ returnUrl: '/customers?q=dup' }));
  });

  it('lets the session check and the sign-in answer 401 without redirecting', () => {
    http.get('/api/auth/me').subscribe({ error: () => undefined });
    http.post('/api/auth/login', {}).subscribe({ error: () => undefined });
    backend.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(store.dispatch).not.toHaveBeenCalled();
  });

  it('passes the error on to the caller', () => {
    let status = 0;
    http.get('/api/customers').subscribe({ error: (e: { status: number }) => (status = e.status) });
    backend.expectOne('/api/customers').flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(status).toBe(401);
  });
});
