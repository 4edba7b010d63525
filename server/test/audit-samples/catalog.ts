import type { AuditProbe, AuditSamples } from './probe';

/**
 * How to call each mutating catalog route once, for the generated audit test
 * (server/test/audit-coverage.test.ts). Run in tests only; the data is made on the spot.
 */

const short = () => crypto.randomUUID().slice(0, 8).toUpperCase();

async function sampleFamily(probe: AuditProbe): Promise<{ id: string; name: string; version: number }> {
  return (await probe.call<{ id: string; name: string; version: number }>('POST', '/api/catalog/families', { name: `Audit ${short()}` })).body;
}

async function sampleItem(probe: AuditProbe): Promise<{ id: string; version: number }> {
  const family = await sampleFamily(probe);
  const item = { familyId: family.id, kind: 'part', reference: `AUD-${short()}`, name: 'Audit part', unitPriceCents: 100, taxRateBp: 2000 };
  return (await probe.call<{ id: string; version: number }>('POST', '/api/catalog/items', item)).body;
}

export const catalogAuditSamples: AuditSamples = {
  'POST /api/catalog/families': async () => ({ url: '/api/catalog/families', body: { name: `Audit ${short()}` } }),
  'PATCH /api/catalog/families/:id': async (probe) => {
    const family = await sampleFamily(probe);
    return { url: `/api/catalog/families/${family.id}`, body: { name: `${family.name} renamed` }, headers: { 'if-match': String(family.version) } };
  },
  'DELETE /api/catalog/families/:id': async (probe) => ({ url: `/api/catalog/families/${(await sampleFamily(probe)).id}` }),
  'POST /api/catalog/items': async (probe) => {
    const family = await sampleFamily(probe);
    return {
      url: '/api/catalog/items',
      body: { familyId: family.id, kind: 'service', reference: `AUD-${short()}`, name: 'Audit service', unitPriceCents: 4500, taxRateBp: 2000 },
    };
  },
  'PATCH /api/catalog/items/:id': async (probe) => {
    const item = await sampleItem(probe);
    return { url: `/api/catalog/items/${item.id}`, body: { unitPriceCents: 250 }, headers: { 'if-match': String(item.version) } };
  },
  /** One line, one item created: one row (a file of N changed items writes N rows, one per item). */
  'POST /api/catalog/items/import': async (probe) => {
    const family = await sampleFamily(probe);
    const csv = `reference;name;family;kind;unit_price;tax_rate\nAUD-${short()};Imported part;${family.name};part;1.00;20\n`;
    return { url: '/api/catalog/items/import?dryRun=false', body: csv, headers: { 'content-type': 'text/csv' } };
  },
};
