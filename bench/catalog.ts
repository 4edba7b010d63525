import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { searchForm } from '../server/src/shared/text';
import { createUser, signIn } from '../server/testing/test-app';
import { createTestDb } from '../server/testing/test-db';
import { measure, ok } from './support';

/**
 * The catalog grid at 10,000 items through the real HTTP stack (app.inject): search, filters, sorts,
 * pages, the CSV export and the import's dry run. `npx tsx bench/catalog.ts [items]`, on
 * PostgreSQL too when DATABASE_URL is set. Prints figures; asserts nothing about time.
 */
const itemTotal = Number(process.argv[2] ?? 10_000);
const familyTotal = 40;
const words = ['Vanne', 'Pompe', 'Joint', 'Filtre', 'Électrovanne', 'Thermostat', 'Brûleur', 'Capteur', 'Raccord', 'Câble', 'Sonde', 'Moteur'];
const qualifiers = ['laiton', 'inox', 'cuivre', 'PVC', 'haute pression', 'basse tension', 'DN20', 'DN32', '3 voies', 'étanche'];

const testDb = await createTestDb();
try {
  const db = testDb.handle.db;
  const seeded = Date.now();
  const now = new Date().toISOString();
  const familyIds = Array.from({ length: familyTotal }, (_, i) => `fam-${i}`);
  await db
    .insertInto('catalogFamilies')
    .values(familyIds.map((id, i) => ({ id, name: `Famille ${i} / Family ${i}`, sortOrder: (i + 1) * 10, createdAt: now, updatedAt: now, version: 1 })))
    .execute();
  for (let start = 0; start < itemTotal; start += 500) {
    const rows = Array.from({ length: Math.min(500, itemTotal - start) }, (_, k) => {
      const n = start + k;
      const service = n % 7 === 0;
      const name = `${words[n % words.length]} ${qualifiers[(n >> 3) % qualifiers.length]} ${n}`;
      return {
        id: `item-${n}`,
        familyId: familyIds[n % familyTotal]!,
        kind: service ? ('service' as const) : ('part' as const),
        reference: `${service ? 'SRV' : 'PRT'}-${String(n).padStart(6, '0')}`,
        name,
        searchName: searchForm(name),
        description: null,
        unit: service ? 'hour' : 'unit',
        unitPriceCents: 100 + ((n * 37) % 100_000),
        taxRateBp: service ? 1000 : 2000,
        isSerialized: (!service && n % 11 === 0 ? 1 : 0) as 0 | 1,
        isStockTracked: (service ? 0 : 1) as 0 | 1,
        isActive: (n % 13 === 0 ? 0 : 1) as 0 | 1,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
    });
    await db.insertInto('catalogItems').values(rows).execute();
  }
  console.log(`${testDb.handle.kind}: seeded ${itemTotal.toLocaleString('en')} items in ${familyTotal} families in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

  const config = loadConfig({ DATA_DIR: testDb.dataDir, LOG_LEVEL: 'silent', STATIC_DIR: `${testDb.dataDir}/none` });
  const app = buildApp({ config, dbHandle: testDb.handle });
  await app.ready();
  const admin = await signIn(app, await createUser(db, { role: 'admin' }));
  const get = (url: string) => () => ok(app, { method: 'GET', url, headers: admin.headers });
  const items = '/api/catalog/items?limit=100';

  const first = (await get(items)()).json();
  const firstByReference = (await get(`${items}&sort=reference`)()).json();
  await measure('families with item counts', 50, get('/api/catalog/families'));
  await measure('first page by name (100, with total)', 50, get(items));
  await measure('first page by reference', 50, get(`${items}&sort=reference`));
  await measure('next page by name (keyset cursor)', 50, get(`${items}&cursor=${encodeURIComponent(first.nextCursor)}`));
  await measure('next page by reference (keyset cursor)', 50, get(`${items}&sort=reference&cursor=${encodeURIComponent(firstByReference.nextCursor)}`));
  await measure('scrollbar jump to offset 9,000', 20, get(`${items}&offset=9000`));
  await measure('prefix search "v" (name or reference)', 50, get(`${items}&q=v`));
  await measure('prefix search "électrovanne in"', 50, get(`${items}&q=${encodeURIComponent('électrovanne in')}`));
  await measure('search by reference "PRT-0045"', 50, get(`${items}&q=PRT-0045`));
  await measure('family filter', 50, get(`${items}&familyId=fam-7`));
  await measure('family filter by reference', 50, get(`${items}&familyId=fam-7&sort=reference`));
  await measure('kind=service', 50, get(`${items}&kind=service`));
  await measure('kind=part & active=true', 50, get(`${items}&kind=part&active=true`));
  await measure('kind=part & active=true, by reference', 50, get(`${items}&kind=part&active=true&sort=reference`));
  await measure('active=false', 50, get(`${items}&active=false`));
  await measure('family + kind + active + search "p"', 50, get(`${items}&familyId=fam-3&kind=part&active=true&q=p`));
  await measure('one item (with serial units and stock)', 50, get('/api/catalog/items/item-4242'));

  let exported = '';
  await measure(`CSV export of ${itemTotal.toLocaleString('en')} items (streamed)`, 5, async () => {
    exported = (await get('/api/catalog/items/export.csv')()).body;
  });
  const upload = (dryRun: boolean, csv: string) => () =>
    ok(app, {
      method: 'POST',
      url: `/api/catalog/items/import?dryRun=${dryRun}`,
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: csv,
    });
  console.log(`export size ${(Buffer.byteLength(exported) / 1024).toFixed(0)} KiB`);
  await measure(`CSV import dry run of the export (${itemTotal.toLocaleString('en')} lines)`, 3, upload(true, exported));
  const repriced = exported.replace(/;(\d+)\.(\d\d);(\d+(?:\.\d+)?);/g, (_m, whole: string, cents: string, tax: string) => `;${Number(whole) + 1}.${cents};${tax};`);
  const started = Date.now();
  const result = (await upload(false, repriced)()).json();
  console.log(`CSV import writing ${result.updated.toLocaleString('en')} updates (one transaction, audited): ${Date.now() - started} ms`);
  console.log(`peak memory (RSS) ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  await app.close();
} finally {
  await testDb.drop();
}
