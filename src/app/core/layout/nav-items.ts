import { rolesThatMay } from '@contract/rules';
import type { Role } from '@contract';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: string;
  roles: readonly Role[];
  /** A live count shown beside the label. */
  badge?: 'reviewCount';
}

/** Who may open a page: those who may read its capability in the contract's role table (routes guard the same way). */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: 'dashboard', roles: rolesThatMay('dashboard', 'read') },
  { path: '/jobs', labelKey: 'nav.jobs', icon: 'work', roles: rolesThatMay('jobs', 'read') },
  { path: '/jobs/board', labelKey: 'nav.scheduleBoard', icon: 'calendar_view_week', roles: rolesThatMay('jobs', 'read') },
  { path: '/jobs/declined', labelKey: 'nav.declinedJobs', icon: 'event_busy', roles: rolesThatMay('jobs', 'read') },
  { path: '/review', labelKey: 'nav.review', icon: 'fact_check', roles: rolesThatMay('review', 'read'), badge: 'reviewCount' },
  { path: '/reserves', labelKey: 'nav.reserves', icon: 'report', roles: rolesThatMay('reserves', 'read') },
  { path: '/depots', labelKey: 'nav.depots', icon: 'warehouse', roles: rolesThatMay('depots', 'read') },
  { path: '/repairs', labelKey: 'nav.repairs', icon: 'build', roles: rolesThatMay('depots', 'read') },
  { path: '/stock-shortfalls', labelKey: 'nav.stockShortfalls', icon: 'production_quantity_limits', roles: rolesThatMay('depots', 'read') },
  { path: '/catalog', labelKey: 'nav.catalog', icon: 'inventory_2', roles: rolesThatMay('configuration', 'read') },
  { path: '/report-templates', labelKey: 'nav.reportTemplates', icon: 'assignment', roles: rolesThatMay('configuration', 'read') },
  { path: '/customers', labelKey: 'nav.customers', icon: 'groups', roles: rolesThatMay('customers', 'read') },
  { path: '/users', labelKey: 'nav.users', icon: 'manage_accounts', roles: rolesThatMay('administration', 'read') },
  { path: '/settings', labelKey: 'nav.settings', icon: 'settings', roles: rolesThatMay('configuration', 'read') },
  { path: '/audit', labelKey: 'nav.audit', icon: 'history', roles: rolesThatMay('administration', 'read') },
];

export function navItemsFor(role: Role | null): NavItem[] {
  return role ? NAV_ITEMS.filter((item) => item.roles.includes(role)) : [];
}
