import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { UsersApi } from './users-api';

describe('UsersApi', () => {
  let api: UsersApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(UsersApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists with only the filters that are set, and the cursor', () => {
    api.list({ q: 'ann', role: 'technician', active: '' }, 50, 'c1').subscribe();
    const req = backend.expectOne((r) => r.url === '/api/users');
    expect(req.request.params.get('q')).toBe('ann');
    expect(req.request.params.get('role')).toBe('technician');
    expect(req.request.params.has('active')).toBeFalse();
    expect(req.request.params.get('cursor')).toBe('c1');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('updates with If-Match, deactivates, revokes a device and changes the own password at their addresses', () => {
    api.update('u 1', 3, { role: 'supervisor' }).subscribe();
    const patch = backend.expectOne('/api/users/u%201');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    patch.flush({});
    api.deactivate('u1').subscribe();
    backend.expectOne({ method: 'POST', url: '/api/users/u1/deactivate' }).flush({});
    api.revokeToken('u1', 't1').subscribe();
    backend.expectOne({ method: 'DELETE', url: '/api/users/u1/device-tokens/t1' }).flush(null);
    api.changeOwnPassword('old', 'a long new password').subscribe();
    const own = backend.expectOne({ method: 'POST', url: '/api/auth/me/password' });
    expect(own.request.body).toEqual({ currentPassword: 'old', newPassword: 'a long new password' });
    own.flush(null);
  });
});
