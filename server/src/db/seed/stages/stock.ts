import { toMilli } from '@contract';
import type { Catalog, CustomerRef, Depots, InstalledUnit, ItemRef, People, SeedContext, SerialNumbers } from '../context';
import { DAY, HOUR, iso } from '../clock';

const FLUSH_EVERY = 5_000;

/** The main warehouse and one van per technician. */
export async function seedDepots(ctx: SeedContext, people: People): Promise<Depots> {
  const createdAt = iso(ctx.now - 400 * DAY);
  const mainId = ctx.ids.next();
  ctx.writer.add('depots', { id: mainId, name: 'Entrepôt central / Main warehouse', kind: 'main', ownerId: null, createdAt, version: 1 });
  const vanOf = new Map<string, string>();
  for (const tech of people.technicians) {
    const id = ctx.ids.next();
    vanOf.set(tech.id, id);
    ctx.writer.add('depots', { id, name: `Camionnette / Van — ${tech.name}`, kind: 'van', ownerId: tech.id, createdAt, version: 1 });
  }
  await ctx.writer.flush();
  return { mainId, vanOf };
}

interface StockInput {
  people: People;
  catalog: Catalog;
  depots: Depots;
  customers: CustomerRef[];
  serials: SerialNumbers;
}

/**
 * Today's stock: quantities of the non-serialized items, OK serial units in the warehouse and
 * the vans, and the installed base (equipment at customers' sites, fitted before the jobs'
 * 90 days) — each unit with its receipt, transfer and install movements.
 */
export async function seedStock(ctx: SeedContext, input: StockInput): Promise<Map<string, InstalledUnit[]>> {
  const { rng } = ctx;
  const { catalog, depots } = input;
  const vans = [...depots.vanOf.values()];
  const nowIso = ctx.nowIso;

  for (const item of catalog.items.filter((i) => i.stockTracked && !i.serialPrefix)) {
    const bulk = item.unit === 'metre' || item.unit === 'kg';
    const main = bulk ? rng.int(50, 400) : rng.int(8, 120);
    ctx.writer.add('stockLevels', { depotId: depots.mainId, itemId: item.id, quantityMilli: toMilli(main), updatedAt: nowIso });
    for (const van of vans) {
      if (rng.chance(0.35)) ctx.writer.add('stockLevels', { depotId: van, itemId: item.id, quantityMilli: toMilli(bulk ? rng.int(5, 40) : rng.int(1, 12)), updatedAt: nowIso });
    }
  }

  for (const item of catalog.items.filter((i) => i.serialPrefix)) {
    const inMain = item.equipment ? rng.int(2, 6) : rng.int(4, 10);
    for (let n = 0; n < inMain; n++) addDepotUnit(ctx, input, item, depots.mainId, null);
    if (item.equipment) continue;
    for (const [techId, van] of depots.vanOf) {
      if (rng.chance(0.3)) for (let n = rng.int(1, 2); n > 0; n--) addDepotUnit(ctx, input, item, van, techId);
    }
  }
  await ctx.writer.flush();

  const installed = new Map<string, InstalledUnit[]>();
  const equipment = catalog.items.filter((i) => i.equipment);
  const byFamily = (prefix: string) => equipment.filter((i) => i.familyName.startsWith(prefix));
  const families = [
    [byFamily('Chaudières'), 50],
    [byFamily('Pompes'), 15],
    [byFamily('Climatisation'), 25],
    [byFamily('Chauffe-eau'), 10],
  ] as const;
  const extras = catalog.items.filter((i) => i.serialPrefix && !i.equipment && i.use.includes('repair'));
  for (const [index, customer] of input.customers.entries()) {
    const units: InstalledUnit[] = [];
    if (rng.chance(0.55)) units.push(installAtCustomer(ctx, input, rng.pick(rng.weighted(families)), customer, customer.sites[0].id));
    if (rng.chance(0.2)) units.push(installAtCustomer(ctx, input, rng.pick(extras), customer, rng.pick(customer.sites).id));
    if (units.length > 0) installed.set(customer.id, units);
    if (ctx.writer.pendingRows >= FLUSH_EVERY) {
      await ctx.writer.flush();
      ctx.progress(index + 1, input.customers.length, 'stock');
    }
  }
  await ctx.writer.flush();
  ctx.progress(input.customers.length, input.customers.length, 'stock');
  return installed;
}

function addDepotUnit(ctx: SeedContext, input: StockInput, item: ItemRef, depotId: string, techId: string | null): void {
  const { rng } = ctx;
  const receivedAt = ctx.now - DAY * rng.int(10, 160) - HOUR * rng.int(0, 8);
  const serial = input.serials.make(item, new Date(receivedAt).getUTCFullYear());
  const id = ctx.ids.next();
  const movedAt = techId ? receivedAt + DAY * rng.int(1, 9) : receivedAt;
  ctx.writer.add('serialUnits', {
    id,
    itemId: item.id,
    serial,
    status: 'ok',
    depotId,
    customerId: null,
    siteId: null,
    lastJobId: null,
    createdAt: iso(receivedAt),
    updatedAt: iso(movedAt),
    version: techId ? 2 : 1,
  });
  movement(ctx, { kind: 'receipt', item, unitId: id, to: input.depots.mainId, actor: input.people.admin.id, at: receivedAt, status: 'ok' });
  if (techId) movement(ctx, { kind: 'transfer', item, unitId: id, from: input.depots.mainId, to: depotId, actor: input.people.dispatcher.id, at: movedAt, status: 'ok' });
}

function installAtCustomer(ctx: SeedContext, input: StockInput, item: ItemRef, customer: CustomerRef, siteId: string): InstalledUnit {
  const { rng } = ctx;
  const installedAt = ctx.now - DAY * rng.int(150, 1800) - HOUR * rng.int(0, 8);
  const receivedAt = installedAt - DAY * rng.int(8, 60);
  const loadedAt = installedAt - DAY * rng.int(1, 6);
  const tech = rng.pick(input.people.techniciansByLang[customer.lang]);
  const { id, serial } = installUnit(ctx, input, { item, customerId: customer.id, siteId, jobId: null, technicianId: tech.id, receivedAt, loadedAt, installedAt });
  return { id, item, serial, siteId };
}

/** When and where a unit was received at the warehouse, loaded in a technician's van and fitted at a customer's site. */
export interface Installation {
  item: ItemRef;
  customerId: string;
  siteId: string;
  /** The job that fitted it; null for the installed base, fitted before the jobs' history. */
  jobId: string | null;
  technicianId: string;
  receivedAt: number;
  loadedAt: number;
  installedAt: number;
}

/** A new serial unit and its three movements: receipt, transfer to the van, installation. */
export function installUnit(ctx: SeedContext, input: Pick<StockInput, 'people' | 'depots' | 'serials'>, at: Installation): { id: string; serial: string } {
  const { item } = at;
  const van = input.depots.vanOf.get(at.technicianId) as string;
  const id = ctx.ids.next();
  const serial = input.serials.make(item, new Date(at.receivedAt).getUTCFullYear());
  ctx.writer.add('serialUnits', {
    id,
    itemId: item.id,
    serial,
    status: 'installed',
    depotId: null,
    customerId: at.customerId,
    siteId: at.siteId,
    lastJobId: at.jobId,
    createdAt: iso(at.receivedAt),
    updatedAt: iso(at.installedAt),
    version: 3,
  });
  movement(ctx, { kind: 'receipt', item, unitId: id, to: input.depots.mainId, actor: input.people.admin.id, at: at.receivedAt, status: 'ok' });
  movement(ctx, { kind: 'transfer', item, unitId: id, from: input.depots.mainId, to: van, actor: input.people.dispatcher.id, at: at.loadedAt, status: 'ok' });
  movement(ctx, { kind: 'install', item, unitId: id, from: van, customerId: at.customerId, jobId: at.jobId, actor: at.technicianId, at: at.installedAt, status: 'installed' });
  return { id, serial };
}

export interface MovementInput {
  kind: 'receipt' | 'transfer' | 'install' | 'take_back' | 'retire';
  item: ItemRef;
  unitId: string | null;
  quantity?: number;
  /** What the van lacked (a job's end floored it at 0). */
  shortfall?: number;
  from?: string | null;
  to?: string | null;
  customerId?: string | null;
  jobId?: string | null;
  status: 'ok' | 'installed' | 'needs_repair' | 'obsolete' | null;
  note?: string | null;
  actor: string;
  at: number;
}

export function movement(ctx: SeedContext, m: MovementInput): void {
  ctx.writer.add('stockMovements', {
    id: ctx.ids.next(),
    kind: m.kind,
    itemId: m.item.id,
    serialUnitId: m.unitId,
    quantityMilli: toMilli(m.quantity ?? 1),
    shortfallMilli: toMilli(m.shortfall ?? 0),
    fromDepotId: m.from ?? null,
    toDepotId: m.to ?? null,
    customerId: m.customerId ?? null,
    jobId: m.jobId ?? null,
    statusAfter: m.status,
    note: m.note ?? null,
    actorId: m.actor,
    occurredAt: iso(m.at),
  });
}
