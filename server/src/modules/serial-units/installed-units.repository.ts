import type { Kysely } from 'kysely';
import type { InstalledUnit, InstalledUnitsBySite } from '@contract';
import type { Database } from '../../db/database';
import { reportsElsewhere, toSerialUnit, unitRows } from './serial-units.repository';

/**
 * Units installed at a customer, grouped by site (sites by name, units by serial); index customer_id,
 * status. The office also sees which of them a take-back at another customer reported (never the
 * technician: that would name another customer's job).
 */
export async function installedUnitsBySite(db: Kysely<Database>, customerId: string, options: { forOffice?: boolean } = {}): Promise<InstalledUnitsBySite> {
  const rows = await unitRows(db)
    .where('u.customerId', '=', customerId)
    .where('u.status', '=', 'installed')
    .execute();
  const reports = options.forOffice ? await reportsElsewhere(db, rows.map((r) => r.id)) : null;
  const sites = new Map<string, { site: { id: string; name: string; city: string }; units: InstalledUnit[] }>();
  for (const unit of rows.map((row): InstalledUnit => (reports ? { ...toSerialUnit(row), reportedElsewhere: reports.get(row.id) ?? null } : toSerialUnit(row)))) {
    if (!unit.site) continue; // every install names a site (installUnit); nothing to group it under otherwise
    const entry = sites.get(unit.site.id) ?? { site: unit.site, units: [] };
    entry.units.push(unit);
    sites.set(unit.site.id, entry);
  }
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const grouped = [...sites.values()].sort((a, b) => a.site.name.localeCompare(b.site.name) || byCodePoint(a.site.id, b.site.id));
  for (const entry of grouped) entry.units.sort((a, b) => byCodePoint(a.serial, b.serial) || byCodePoint(a.item.reference, b.item.reference));
  return { sites: grouped };
}
