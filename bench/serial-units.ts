import type { Kysely } from 'kysely';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import type { Database } from '../server/src/db/database';
import { BulkWriter } from '../server/src/db/seed/bulk-writer';
import { createTestDb } from '../server/testing/test-db';
import { createUser, signIn } from '../server/testing/test-app';
import { measure, ok } from './support';

/**
 * Serial units at scale through the real HTTP stack (app.inject): 10,000 catalog items, 1,000,000
 * serial units (issue 15, target 7; installed, in depots, needing repair, obsolete) with about three
 * movements each, written with the seed's bulk writer.
 * `npx tsx bench/serial-units.ts [units] [items]`, on a temp SQLite (on PostgreSQL when
 * DATABASE_URL is set). Prints figures; asserts nothing about time.
 */
const unitCount = Number(process.argv[2] ?? 1_000_000);
const itemCount = Number(process.argv[3] ?? 10_000);
const VANS = 30;
const CUSTOMERS = 20_000;
const JOBS = 20_000;
const CHUNK = 500;

const testDb = await createTestDb();
const db = testDb.handle.db;
const writer = new BulkWriter(db, testDb.handle.kind);
const iso = (daysAgo: number) => new Date(Date.UTC(2025, 0, 1) - daysAgo * 86_400_000).toISOString();

/** Rows of one table through the seed's bulk writer (raw multi-row inserts, no query builder per row). */
async function bulk<T extends keyof Database & string>(table: T, rows: object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (const row of rows.slice(start, start + CHUNK)) writer.add(table, row as never);
    await writer.flush();
  }
}

/** The volume of the issue, written in bulk inside one transaction per table group. */
async function build(): Promise<{ mainId: string; vans: string[]; customerIds: string[] }> {
  const technicians = await Promise.all(Array.from({ length: VANS }, (_, i) => createUser(db, { role: 'technician', displayName: `Tech ${String(i).padStart(2, '0')}` })));
  const mainId = 'depot-main';
  const vans = technicians.map((_, i) => `depot-van-${i}`);
  await bulk('depots', [
    { id: mainId, name: 'Main warehouse', kind: 'main', ownerId: null, createdAt: iso(900), version: 1 },
    ...technicians.map((tech, i) => ({ id: vans[i], name: `Van ${i}`, kind: 'van', ownerId: tech.id, createdAt: iso(900), version: 1 })),
  ]);
  await bulk('catalogFamilies', Array.from({ length: 20 }, (_, f) => ({ id: `fam-${f}`, name: `Family ${f}`, sortOrder: f, createdAt: iso(900), updatedAt: iso(900), version: 1 })));
  const serializedItems: string[] = [];
  const stockItems: string[] = [];
  await bulk(
    'catalogItems',
    Array.from({ length: itemCount }, (_, i) => {
      const serialized = i % 5 === 0;
      (serialized ? serializedItems : stockItems).push(`item-${i}`);
      const name = `Item ${String(i).padStart(5, '0')} ${serialized ? 'unit' : 'part'}`;
      return { id: `item-${i}`, familyId: `fam-${i % 20}`, kind: 'part', reference: `PRT-${String(i).padStart(5, '0')}`, name, searchName: name.toLowerCase(), description: null, unit: 'unit', unitPriceCents: 1000, taxRateBp: 2000, isSerialized: serialized ? 1 : 0, isStockTracked: 1, isActive: 1, createdAt: iso(900), updatedAt: iso(900), version: 1 };
    }),
  );
  await bulk('stockLevels', stockItems.flatMap((itemId, i) => [
    { depotId: mainId, itemId, quantityMilli: 50_000, updatedAt: iso(1) },
    ...(i % 3 === 0 ? [{ depotId: vans[i % VANS], itemId, quantityMilli: 4000, updatedAt: iso(1) }] : []),
  ]));
  const customerIds = Array.from({ length: CUSTOMERS }, (_, c) => `cust-${c}`);
  await bulk('customers', customerIds.map((id, c) => ({ id, code: `C-${String(c).padStart(6, '0')}`, name: `Customer ${c}`, searchName: `customer ${c}`, email: null, phone: null, notes: null, customFields: '{}', createdAt: iso(900), updatedAt: iso(900), version: 1 })));
  await bulk('sites', customerIds.map((id, c) => ({ id: `site-${c}`, customerId: id, name: 'Main site', addressLine1: '1 rue', addressLine2: null, postalCode: '75001', city: 'Paris', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: iso(900), updatedAt: iso(900) })));
  await bulk('jobs', Array.from({ length: JOBS }, (_, j) => ({ id: `job-${j}`, number: `J-${String(j).padStart(6, '0')}`, seq: j, status: 'validated', customerId: customerIds[j % CUSTOMERS], siteId: `site-${j % CUSTOMERS}`, description: '', workedSeconds: 0, openReserves: 0, totalExclTaxCents: 0, currency: 'EUR', customFields: '{}', searchText: '', createdFrom: 'console', createdAt: iso(300), updatedAt: iso(300), version: 1 })));

  const units: object[] = [];
  let movements: object[] = [];
  const movement = (unitId: string, itemId: string, kind: string, at: number, extra: object) =>
    movements.push({ id: `m-${movements.length}-${unitId}`, kind, itemId, serialUnitId: unitId, quantityMilli: 1000, fromDepotId: null, toDepotId: null, customerId: null, jobId: null, statusAfter: 'ok', note: null, actorId: technicians[at % VANS]!.id, occurredAt: iso(at), ...extra });
  const flush = async () => {
    await bulk('serialUnits', units.splice(0));
    await bulk('stockMovements', movements);
    movements = [];
  };
  for (let u = 0; u < unitCount; u++) {
    const itemId = serializedItems[u % serializedItems.length]!;
    const id = `unit-${u}`;
    const serial = `SN${String(u % serializedItems.length).padStart(4, '0')}-${String(u).padStart(7, '0')}`;
    const kind = u % 20; // 0-7 installed, 8-13 ok in a depot, 14 needs repair, 15-19 obsolete
    const van = vans[u % VANS]!;
    const customer = u % CUSTOMERS;
    const job = `job-${u % JOBS}`;
    const received = 600 + (u % 200);
    movement(id, itemId, 'receipt', received, { toDepotId: mainId });
    const base = { id, itemId, serial, siteId: null, customerId: null, depotId: null as string | null, lastJobId: null as string | null, createdAt: iso(received), version: 2 };
    if (kind <= 7) {
      movement(id, itemId, 'transfer', received - 5, { fromDepotId: mainId, toDepotId: van });
      movement(id, itemId, 'install', received - 10, { fromDepotId: van, customerId: `cust-${customer}`, jobId: job, statusAfter: 'installed' });
      units.push({ ...base, status: 'installed', customerId: `cust-${customer}`, siteId: `site-${customer}`, lastJobId: job, updatedAt: iso(received - 10) });
    } else if (kind <= 13) {
      const inVan = kind >= 12;
      if (inVan) movement(id, itemId, 'transfer', received - 5, { fromDepotId: mainId, toDepotId: van });
      units.push({ ...base, status: 'ok', depotId: inVan ? van : mainId, updatedAt: iso(received - 5) });
    } else {
      const needsRepair = kind === 14;
      const takenBack = (u * 7919) % 500;
      movement(id, itemId, 'transfer', received - 5, { fromDepotId: mainId, toDepotId: van });
      movement(id, itemId, 'install', received - 10, { fromDepotId: van, customerId: `cust-${customer}`, jobId: job, statusAfter: 'installed' });
      movement(id, itemId, 'take_back', takenBack, { toDepotId: needsRepair ? van : null, customerId: `cust-${customer}`, jobId: `job-${(u + 1) % JOBS}`, statusAfter: needsRepair ? 'needs_repair' : 'obsolete' });
      units.push({ ...base, status: needsRepair ? 'needs_repair' : 'obsolete', depotId: needsRepair ? van : null, lastJobId: `job-${(u + 1) % JOBS}`, updatedAt: iso(takenBack) });
    }
    if (units.length >= 10_000) await flush();
  }
  await flush();
  return { mainId, vans, customerIds };
}

try {
  const started = Date.now();
  const { mainId, vans } = await build();
  const kysely = db as Kysely<Database>;
  const movementCount = await kysely.selectFrom('stockMovements').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  console.log(
    `${testDb.handle.kind}: ${itemCount.toLocaleString('en')} items, ${unitCount.toLocaleString('en')} serial units, ` +
      `${Number(movementCount.n).toLocaleString('en')} movements built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const config = loadConfig({ DATA_DIR: testDb.dataDir, LOG_LEVEL: 'silent', STATIC_DIR: `${testDb.dataDir}/none` });
  const app = buildApp({ config, dbHandle: testDb.handle });
  await app.ready();
  const manager = await signIn(app, await createUser(db, { role: 'dispatcher' }));
  const get = (url: string) => () => ok(app, { method: 'GET', url, headers: manager.headers });

  const sample = await kysely.selectFrom('serialUnits').select(['id', 'serial']).where('id', '=', `unit-${Math.floor(unitCount / 2) + 14}`).executeTakeFirstOrThrow();
  const depotPage = (await get(`/api/serial-units?depotId=${mainId}&limit=50`)()).json();
  const queue = (await get('/api/repairs?limit=50')()).json();
  console.log(`(main depot: ${depotPage.total.toLocaleString('en')} units; repair queue: ${queue.total.toLocaleString('en')} units)`);

  await measure('before: count(*) of every unit, paid by every block of "all units"', 20, () => kysely.selectFrom('serialUnits').select((eb) => eb.fn.countAll().as('n')).execute());
  await measure('all units by serial, first 50 (with total)', 20, get('/api/serial-units?limit=50'));
  const all = (await get('/api/serial-units?limit=50')()).json();
  await measure('all units by serial, next 50 (cursor)', 20, get(`/api/serial-units?limit=50&cursor=${encodeURIComponent(all.nextCursor)}`));
  await measure(`serial search, exact "${sample.serial}"`, 50, get(`/api/serial-units?serial=${sample.serial}`));
  await measure(`serial search, prefix "${sample.serial.slice(0, 7)}" (one item)`, 50, get(`/api/serial-units?serial=${sample.serial.slice(0, 7)}&limit=50`));
  await measure('serial search, prefix "SN0" (with total)', 20, get('/api/serial-units?serial=SN0&limit=50'));
  await measure('unit with its history (GET /:id)', 50, get(`/api/serial-units/${sample.id}`));
  await measure('units of one serial with histories (by-serial)', 50, get(`/api/serial-units/by-serial/${sample.serial}`));
  await measure('depot units page: main depot, first 50', 20, get(`/api/serial-units?depotId=${mainId}&limit=50`));
  await measure('depot units page: main depot, next 50 (cursor)', 20, get(`/api/serial-units?depotId=${mainId}&limit=50&cursor=${encodeURIComponent(depotPage.nextCursor)}`));
  await measure('depot units page: a van, needs repair', 20, get(`/api/serial-units?depotId=${vans[3]}&status=needs_repair&limit=50`));
  await measure('repair queue page, first 50', 20, get('/api/repairs?limit=50'));
  await measure('repair queue page, next 50 (cursor)', 20, get(`/api/repairs?limit=50&cursor=${encodeURIComponent(queue.nextCursor)}`));
  await measure("repair queue page of one van", 20, get(`/api/repairs?depotId=${vans[5]}&limit=50`));
  await measure('depot list with counts', 20, get('/api/depots'));
  await measure('main depot stock page, first 50', 20, get(`/api/depots/${mainId}/stock?limit=50`));
  await measure('installed units of a customer', 50, get('/api/customers/cust-123/installed-units'));
  console.log(`peak memory (RSS) ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  await app.close();
} finally {
  await testDb.drop();
}
