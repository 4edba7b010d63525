import type { AuditProbe, AuditSamples } from './probe';
import { insertAuditJob } from './sample-rows';

/**
 * How to call each mutating route of depots and serial units once, for the generated audit test
 * (server/test/audit-coverage.test.ts). Run in tests only; the data is made on the spot.
 */

const now = () => new Date().toISOString();
const short = () => crypto.randomUUID().slice(0, 8).toUpperCase();

async function sampleItem(probe: AuditProbe, serialized: boolean): Promise<string> {
  const familyId = crypto.randomUUID();
  const itemId = crypto.randomUUID();
  await probe.db.insertInto('catalogFamilies').values({ id: familyId, name: `Audit ${short()}`, sortOrder: 0, createdAt: now(), updatedAt: now(), version: 1 }).execute();
  await probe.db
    .insertInto('catalogItems')
    .values({
      id: itemId,
      familyId,
      kind: 'part',
      reference: `AUD-${short()}`,
      name: 'Audit part',
      searchName: 'audit part',
      description: null,
      unit: 'unit',
      unitPriceCents: 100,
      taxRateBp: 2000,
      isSerialized: serialized ? 1 : 0,
      isStockTracked: 1,
      isActive: 1,
      createdAt: now(),
      updatedAt: now(),
      version: 1,
    })
    .execute();
  return itemId;
}

async function sampleVan(probe: AuditProbe): Promise<string> {
  const owner = await probe.newUser('technician');
  return (await probe.call<{ id: string }>('POST', '/api/depots', { name: 'Audit van', ownerId: owner.id })).body.id;
}

async function unitNeedingRepair(probe: AuditProbe): Promise<string> {
  const depotId = await sampleVan(probe);
  const id = crypto.randomUUID();
  await probe.db
    .insertInto('serialUnits')
    .values({ id, itemId: await sampleItem(probe, true), serial: `AUD-${short()}`, status: 'needs_repair', depotId, customerId: null, siteId: null, lastJobId: null, createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  return id;
}

/** A part line of an ended job whose van lacked 2 (what the job's end fixes), not yet settled. */
async function openShortfall(probe: AuditProbe): Promise<string> {
  const [customerId, lineId] = [crypto.randomUUID(), crypto.randomUUID()];
  await probe.db
    .insertInto('customers')
    .values({ id: customerId, code: `C-A${short()}`, name: 'Audit customer', searchName: 'audit customer', email: null, phone: null, notes: null, customFields: '{}', createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  const jobId = await insertAuditJob(probe.db, { customerId, status: 'completed', managerId: null });
  await probe.db
    .insertInto('jobItems')
    .values({ id: lineId, jobId, itemId: await sampleItem(probe, false), quantityMilli: 3000, shortfallMilli: 2000, shortfallDepotId: await sampleVan(probe), serialUnitId: null, serial: null, unitPriceCents: 100, taxRateBp: 2000, lineTotalCents: 300, addedBy: null, createdAt: now(), updatedAt: now(), settledAt: now() })
    .execute();
  return lineId;
}

export const depotAuditSamples: AuditSamples = {
  'POST /api/stock-shortfalls/:id/resolve': async (probe) => ({ url: `/api/stock-shortfalls/${await openShortfall(probe)}/resolve`, body: { resolution: 'written_off', note: 'Lost' } }),
  'POST /api/depots': async (probe) => ({ url: '/api/depots', body: { name: 'Audit van', ownerId: (await probe.newUser('technician')).id } }),
  'DELETE /api/depots/:id': async (probe) => ({ url: `/api/depots/${await sampleVan(probe)}` }),
  'POST /api/depots/:id/receipts': async (probe) => ({ url: `/api/depots/${await sampleVan(probe)}/receipts`, body: { lines: [{ itemId: await sampleItem(probe, false), quantity: 3 }] } }),
  'POST /api/stock-transfers': async (probe) => {
    const [from, to, itemId] = [await sampleVan(probe), await sampleVan(probe), await sampleItem(probe, false)];
    await probe.call('POST', `/api/depots/${from}/receipts`, { lines: [{ itemId, quantity: 3 }] });
    return { url: '/api/stock-transfers', body: { fromDepotId: from, toDepotId: to, lines: [{ itemId, quantity: 2 }] } };
  },
  'POST /api/serial-units/:id/repair': async (probe) => ({ url: `/api/serial-units/${await unitNeedingRepair(probe)}/repair`, body: { outcome: 'ok' } }),
  'POST /api/serial-units/repairs': async (probe) => ({ url: '/api/serial-units/repairs', body: { unitIds: [await unitNeedingRepair(probe)], outcome: 'obsolete' } }),
};
