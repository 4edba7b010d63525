import type { Role } from '@contract';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: string;
  roles: readonly Role[];
  /** A live count shown beside the label. */
  badge?: 'reviewCount';
}

const MANAGERS: readonly Role[] = ['admin', 'dispatcher', 'supervisor'];
const ADMIN: readonly Role[] = ['admin'];

/** DOMAIN.md's table: who may open what. Routes use the same lists in their role guard. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: 'dashboard', roles: MANAGERS },
  { path: '/jobs', labelKey: 'nav.jobs', icon: 'work', roles: MANAGERS },
  { path: '/jobs/board', labelKey: 'nav.scheduleBoard', icon: 'calendar_view_week', roles: MANAGERS },
  { path: '/jobs/declined', labelKey: 'nav.declinedJobs', icon: 'event_busy', roles: MANAGERS },
  { path: '/review', labelKey: 'nav.review', icon: 'fact_check', roles: MANAGERS, badge: 'reviewCount' },
  { path: '/reserves', labelKey: 'nav.reserves', icon: 'report', roles: MANAGERS },
  { path: '/depots', labelKey: 'nav.depots', icon: 'warehouse', roles: MANAGERS },
  { path: '/repairs', labelKey: 'nav.repairs', icon: 'build', roles: MANAGERS },
  { path: '/catalog', labelKey: 'nav.catalog', icon: 'inventory_2', roles: MANAGERS },
  { path: '/report-templates', labelKey: 'nav.reportTemplates', icon: 'assignment', roles: MANAGERS },
  { path: '/customers', labelKey: 'nav.customers', icon: 'groups', roles: MANAGERS },
  { path: '/users', labelKey: 'nav.users', icon: 'manage_accounts', roles: ADMIN },
  { path: '/settings', labelKey: 'nav.settings', icon: 'settings', roles: MANAGERS },
  { path: '/audit', labelKey: 'nav.audit', icon: 'history', roles: ADMIN },
];

export const ROLES = { managers: MANAGERS, admin: ADMIN, customerWriters: ['admin', 'dispatcher'] as readonly Role[] };

export function navItemsFor(role: Role | null): NavItem[] {
  return role ? NAV_ITEMS.filter((item) => item.roles.includes(role)) : [];
}
