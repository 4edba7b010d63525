import { UsersApi } from './users-api';
import { apiTestBed } from '../../../../testing/api-test-bed';

describe('UsersApi', () => {
  const bed = apiTestBed(UsersApi);

  it('lists with only the filters that are set, and the cursor', () => {
    bed.api.list({ q: 'ann', role: 'technician', active: '' }, 50, 'c1').subscribe();
    const req = bed.backend.expectOne((r) => r.url === '/api/users');
    expect(req.request.params.get('q')).toBe('ann');
    expect(req.request.params.get('role')).toBe('technician');
    expect(req.request.params.has('active')).toBeFalse();
    expect(req.request.params.get('cursor')).toBe('c1');
    req.flush({ items: [], total: 0, nextCursor: null });
  });

  it('updates with If-Match, deactivates, revokes a device and changes the own password at their addresses', () => {
    bed.api.update('u 1', 3, { role: 'supervisor' }).subscribe();
    const patch = bed.backend.expectOne('/api/users/u%201');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.headers.get('If-Match')).toBe('"3"');
    patch.flush({});
    bed.api.deactivate('u1').subscribe();
    bed.backend.expectOne({ method: 'POST', url: '/api/users/u1/deactivate' }).flush({});
    bed.api.revokeToken('u1', 't1').subscribe();
    bed.backend.expectOne({ method: 'DELETE', url: '/api/users/u1/device-tokens/t1' }).flush(null);
    bed.api.changeOwnPassword('old', 'a long new password').subscribe();
    const own = bed.backend.expectOne({ method: 'POST', url: '/api/auth/me/password' });
    expect(own.request.body).toEqual({ currentPassword: 'old', newPassword: 'a long new password' });
    own.flush(null);
  });
});
