/**
 * Who may do what: DOMAIN.md's table, once. The server derives every route's roles from it, the
 * console its navigation, guards and buttons. Plain data (no zod) so the console may import it.
 */
export const roles = ['admin', 'dispatcher', 'supervisor', 'technician'] as const;
export type Role = (typeof roles)[number];

export const consoleRoles = ['admin', 'dispatcher', 'supervisor'] as const satisfies readonly Role[];
export type ConsoleRole = (typeof consoleRoles)[number];

export type Access = 'read' | 'write';

/** A console capability and what each console role may do with it (absent: nothing). */
export const accessTable = {
  /** Report templates, catalog, settings, custom fields. */
  configuration: { admin: 'write', dispatcher: 'read', supervisor: 'read' },
  /** Users, device tokens, the audit trail. */
  administration: { admin: 'write' },
  /** Customers, sites, contacts. */
  customers: { admin: 'write', dispatcher: 'write', supervisor: 'read' },
  /** Jobs: create, schedule, assign, duplicate, cancel, the board. */
  jobs: { admin: 'write', dispatcher: 'write', supervisor: 'read' },
  /** Review of returned jobs: validate, reopen, correct. */
  review: { admin: 'write', dispatcher: 'write', supervisor: 'read' },
  /** Reserves: triage, assign, follow-up job. */
  reserves: { admin: 'write', dispatcher: 'read', supervisor: 'write' },
  /** Depots, stock, transfers, repairs. */
  depots: { admin: 'write', dispatcher: 'write', supervisor: 'read' },
  /** Dashboard and live alerts. */
  dashboard: { admin: 'read', dispatcher: 'read', supervisor: 'read' },
} as const satisfies Record<string, Partial<Record<ConsoleRole, Access>>>;

export type Capability = keyof typeof accessTable;

/** Whether a role may read (write includes read) or write a capability. Technicians: never. */
export function may(role: Role | null | undefined, capability: Capability, access: Access): boolean {
  if (!role || role === 'technician') return false;
  const granted = (accessTable[capability] as Partial<Record<ConsoleRole, Access>>)[role];
  return granted === 'write' || (granted === 'read' && access === 'read');
}

/** The roles that may read or write a capability, in the order of `consoleRoles`. */
export function rolesThatMay(capability: Capability, access: Access): ConsoleRole[] {
  return consoleRoles.filter((role) => may(role, capability, access));
}
