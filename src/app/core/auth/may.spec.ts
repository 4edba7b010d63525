import type { Role } from '@contract';
import { initialAuthState } from './auth.feature';
import { selectMay } from './may';

const stateOf = (role: Role | null) => ({
  auth: { ...initialAuthState, user: role ? { id: 'u1', email: 'u@x', displayName: 'U', role, locale: 'en', theme: 'system' } : null },
});

describe('selectMay', () => {
  it('lets administrators write the configuration, the others only read it', () => {
    expect(selectMay('configuration', 'write')(stateOf('admin'))).toBeTrue();
    expect(selectMay('configuration', 'write')(stateOf('dispatcher'))).toBeFalse();
    expect(selectMay('configuration', 'read')(stateOf('supervisor'))).toBeTrue();
  });

  it('lets supervisors triage reserves, and dispatchers only read them', () => {
    expect(selectMay('reserves', 'write')(stateOf('supervisor'))).toBeTrue();
    expect(selectMay('reserves', 'write')(stateOf('dispatcher'))).toBeFalse();
    expect(selectMay('reserves', 'read')(stateOf('dispatcher'))).toBeTrue();
  });

  it('lets dispatchers write jobs, depots and customers, supervisors only read them', () => {
    for (const capability of ['jobs', 'depots', 'customers', 'review'] as const) {
      expect(selectMay(capability, 'write')(stateOf('dispatcher'))).withContext(capability).toBeTrue();
      expect(selectMay(capability, 'write')(stateOf('supervisor'))).withContext(capability).toBeFalse();
      expect(selectMay(capability, 'read')(stateOf('supervisor'))).withContext(capability).toBeTrue();
    }
  });

  it('keeps administration to administrators', () => {
    expect(selectMay('administration', 'read')(stateOf('admin'))).toBeTrue();
    expect(selectMay('administration', 'read')(stateOf('dispatcher'))).toBeFalse();
  });

  it('grants nothing to technicians nor to a signed-out visitor', () => {
    expect(selectMay('dashboard', 'read')(stateOf('technician'))).toBeFalse();
    expect(selectMay('dashboard', 'read')(stateOf(null))).toBeFalse();
  });
});
