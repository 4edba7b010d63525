import type { DbHandle } from '../src/db/create-db';
import { jobRow } from './job-rows';

type Db = DbHandle['db'];
const now = () => new Date().toISOString();

export interface PartsFixture {
  familyId: string;
  /** Stock-tracked, by the metre. */
  cable: string;
  /** Stock-tracked, by the unit. */
  filter: string;
  /** Serialized boiler. */
  boiler: string;
  /** Serialized controller. */
  controller: string;
  /** A service: neither serialized nor stock-tracked. */
  labour: string;
  mainDepotId: string;
}

/** A small catalog and the main depot, written straight into the database. */
export async function seedParts(db: Db): Promise<PartsFixture> {
  const familyId = crypto.randomUUID();
  await db.insertInto('catalogFamilies').values({ id: familyId, name: `Parts ${familyId.slice(0, 6)}`, sortOrder: 1, createdAt: now(), updatedAt: now(), version: 1 }).execute();
  const item = async (name: string, reference: string, flags: { serialized?: boolean; tracked?: boolean; unit?: string; kind?: 'part' | 'service' }) => {
    const id = crypto.randomUUID();
    await db
      .insertInto('catalogItems')
      .values({
        id,
        familyId,
        kind: flags.kind ?? 'part',
        reference: `${reference}-${id.slice(0, 6).toUpperCase()}`,
        name,
        searchName: name.toLowerCase(),
        description: null,
        unit: flags.unit ?? 'unit',
        unitPriceCents: 1000,
        taxRateBp: 2000,
        isSerialized: flags.serialized ? 1 : 0,
        isStockTracked: flags.tracked === false ? 0 : 1,
        isActive: 1,
        createdAt: now(),
        updatedAt: now(),
        version: 1,
      })
      .execute();
    return id;
  };
  const mainDepotId = crypto.randomUUID();
  await db.insertInto('depots').values({ id: mainDepotId, name: 'Main warehouse', kind: 'main', ownerId: null, createdAt: now(), version: 1 }).execute();
  return {
    familyId,
    cable: await item('Cable 3G2.5', 'CAB', { unit: 'metre' }),
    filter: await item('Filter cartridge', 'FLT', {}),
    boiler: await item('Boiler Naneo 24 kW', 'BOI', { serialized: true }),
    controller: await item('Controller board', 'CTL', { serialized: true }),
    labour: await item('Labour', 'LAB', { tracked: false, unit: 'hour', kind: 'service' }),
    mainDepotId,
  };
}

export async function aVan(db: Db, ownerId: string, name = 'Van'): Promise<string> {
  const id = crypto.randomUUID();
  await db.insertInto('depots').values({ id, name, kind: 'van', ownerId, createdAt: now(), version: 1 }).execute();
  return id;
}

/** A customer with one site and one job there. */
export async function aCustomerJob(db: Db, name = 'Boulangerie Étoile'): Promise<{ customerId: string; siteId: string; jobId: string; jobNumber: string }> {
  const customerId = crypto.randomUUID();
  const siteId = crypto.randomUUID();
  const jobId = crypto.randomUUID();
  const seq = Math.floor(Math.random() * 1_000_000_000);
  await db
    .insertInto('customers')
    .values({ id: customerId, code: `C-T${seq}`, name, searchName: name.toLowerCase(), email: null, phone: null, notes: null, customFields: '{}', createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  await db
    .insertInto('sites')
    .values({ id: siteId, customerId, name: 'Shop', addressLine1: '1 rue de la Paix', addressLine2: null, postalCode: '75002', city: 'Paris', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: now(), updatedAt: now() })
    .execute();
  const jobNumber = `J-T${seq}`;
  await anotherJob(db, customerId, siteId, jobId, jobNumber, seq);
  return { customerId, siteId, jobId, jobNumber };
}

export async function anotherJob(db: Db, customerId: string, siteId: string | null, id = crypto.randomUUID(), number?: string, seq = Math.floor(Math.random() * 1_000_000_000)) {
  await db
    .insertInto('jobs')
    .values(jobRow({ id, number: number ?? `J-T${seq}`, seq, status: 'started', customerId, siteId }))
    .execute();
  return id;
}

export async function countRows(db: Db, table: 'serialUnits' | 'stockMovements' | 'stockLevels' | 'auditLog'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
