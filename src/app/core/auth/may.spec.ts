import type { Role } from '@contract';
import { selectMay } from './may';

// Through the projector: other specs may override selectRole on the shared selector instance.
const mayAs = (role: Role | null, ...[capability, access]: Parameters<typeof selectMay>) => selectMay(capability, access).projector(role);

describe('selectMay', () => {
  it('lets administrators write the configuration, the others only read it', () => {
    expect(mayAs('admin', 'configuration', 'write')).toBeTrue();
    expect(mayAs('dispatcher', 'configuration', 'write')).toBeFalse();
    expect(mayAs('supervisor', 'configuration', 'read')).toBeTrue();
  });

  it('lets supervisors triage reserves, and dispatchers only read them', () => {
    expect(mayAs('supervisor', 'reserves', 'write')).toBeTrue();
    expect(mayAs('dispatcher', 'reserves', 'write')).toBeFalse();
    expect(mayAs('dispatcher', 'reserves', 'read')).toBeTrue();
  });

  it('lets dispatchers write jobs, review, depots and customers, supervisors only read them', () => {
    for (const capability of ['jobs', 'depots', 'customers', 'review'] as const) {
      expect(mayAs('dispatcher', capability, 'write')).withContext(capability).toBeTrue();
      expect(mayAs('supervisor', capability, 'write')).withContext(capability).toBeFalse();
      expect(mayAs('supervisor', capability, 'read')).withContext(capability).toBeTrue();
    }
  });

  it('keeps administration to administrators', () => {
    expect(mayAs('admin', 'administration', 'read')).toBeTrue();
    expect(mayAs('dispatcher', 'administration', 'read')).toBeFalse();
  });

  it('grants nothing to technicians nor to a signed-out visitor', () => {
    expect(mayAs('technician', 'dashboard', 'read')).toBeFalse();
    expect(mayAs(null, 'dashboard', 'read')).toBeFalse();
  });
});
