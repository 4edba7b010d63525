import type { Kysely } from 'kysely';
import type { JobStatus } from '@contract';
import type { Database } from '../src/db/database';
import { BulkWriter } from '../src/db/seed/bulk-writer';
import type { DbHandle } from '../src/db/create-db';
import { jobSearchText } from '../src/platform/job-search';
import { createUser } from './helpers/test-app';

/** Jobs, customers and technicians written straight into the database for the list tests. */
export interface JobSpec {
  status?: JobStatus;
  customer?: string;
  /** The city of the customer's one site, when the customer is first named. */
  city?: string;
  description?: string;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  managerId?: string | null;
  auxiliaryIds?: string[];
  openReserves?: number;
  completedAt?: string | null;
  declinedAt?: string | null;
  updatedAt?: string;
}

export interface WorldCustomer {
  id: string;
  siteId: string;
  name: string;
  city: string;
}

export interface JobsWorld {
  customers: Map<string, WorldCustomer>;
  templateId: string;
  add(spec?: JobSpec): Promise<{ id: string; number: string }>;
}

let seq = 0;
const iso = (ms: number) => new Date(ms).toISOString();

export async function aJobsWorld(db: Kysely<Database>): Promise<JobsWorld> {
  const now = iso(Date.now());
  const templateId = crypto.randomUUID();
  const author = await createUser(db, { role: 'admin' });
  await db
    .insertInto('reportTemplates')
    .values({ id: templateId, name: 'Boiler service', description: null, status: 'published', draft: '{}', currentVersion: 1, createdBy: author.id, updatedBy: author.id, createdAt: now, updatedAt: now, version: 1 })
    .execute();
  const customers = new Map<string, WorldCustomer>();

  async function customerNamed(name: string, city = `City of ${name}`) {
    const known = customers.get(name);
    if (known) return known;
    const id = crypto.randomUUID();
    const siteId = crypto.randomUUID();
    await db
      .insertInto('customers')
      .values({ id, code: `C-L${customers.size}${id.slice(0, 4)}`, name, searchName: name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''), email: null, phone: null, notes: null, customFields: '{}', createdAt: now, updatedAt: now, version: 1 })
      .execute();
    await db
      .insertInto('sites')
      .values({ id: siteId, customerId: id, name: 'Main', addressLine1: '1 rue Haute', addressLine2: null, postalCode: '69001', city, country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: now, updatedAt: now })
      .execute();
    const made = { id, siteId, name, city };
    customers.set(name, made);
    return made;
  }

  return {
    customers,
    templateId,
    async add(spec = {}) {
      const customer = await customerNamed(spec.customer ?? 'Boulangerie Étoile', spec.city);
      const id = crypto.randomUUID();
      seq += 1;
      const number = `J-${String(900_000 + seq).padStart(6, '0')}`;
      const description = spec.description ?? 'Annual boiler service';
      const managerId = spec.managerId === undefined ? null : spec.managerId;
      await db
        .insertInto('jobs')
        .values({
          ...jobRow({ id, number, seq, customer, templateId, description, managerId, spec }),
        })
        .execute();
      if (managerId) await db.insertInto('jobTechnicians').values({ jobId: id, userId: managerId, role: 'manager' }).execute();
      for (const userId of spec.auxiliaryIds ?? []) await db.insertInto('jobTechnicians').values({ jobId: id, userId, role: 'auxiliary' }).execute();
      return { id, number };
    },
  };
}

function jobRow(input: { id: string; number: string; seq: number; customer: WorldCustomer; templateId: string; description: string; managerId: string | null; spec: JobSpec }) {
  const { spec } = input;
  const updatedAt = spec.updatedAt ?? iso(Date.now());
  return {
    id: input.id,
    number: input.number,
    seq: input.seq,
    status: spec.status ?? 'scheduled',
    customerId: input.customer.id,
    siteId: input.customer.siteId,
    templateId: input.templateId,
    templateVersion: 1,
    description: input.description,
    managerId: input.managerId,
    plannedStart: spec.plannedStart === undefined ? null : spec.plannedStart,
    plannedEnd: spec.plannedEnd === undefined ? null : spec.plannedEnd,
    workedSeconds: 0,
    openReserves: spec.openReserves ?? 0,
    completedAt: spec.completedAt ?? null,
    declinedAt: spec.declinedAt ?? null,
    totalExclTaxCents: 0,
    currency: 'EUR',
    customFields: '{}',
    searchText: jobSearchText({ number: input.number, description: input.description, customerName: input.customer.name, city: input.customer.city }),
    createdFrom: 'console' as const,
    createdAt: updatedAt,
    updatedAt,
    version: 1,
  };
}

/** `count` scheduled jobs of one customer and manager, written as multi-row inserts (the seed's writer). */
export async function manyJobs(handle: DbHandle, world: JobsWorld, count: number, managerId: string): Promise<void> {
  const first = await world.add({ customer: 'Bulk customer', managerId });
  const customer = world.customers.get('Bulk customer')!;
  const writer = new BulkWriter(handle.db, handle.kind);
  const start = Date.UTC(2030, 0, 1);
  for (let i = 0; i < count - 1; i++) {
    seq += 1;
    const id = crypto.randomUUID();
    const description = `Boiler service ${i}: flue, pump and expansion vessel checked`;
    writer.add('jobs', jobRow({
      id,
      number: `J-${String(seq).padStart(7, '0')}`,
      seq,
      customer,
      templateId: world.templateId,
      description,
      managerId,
      spec: { plannedStart: iso(start + i * 60_000), plannedEnd: iso(start + i * 60_000 + 3_600_000) },
    }));
    writer.add('jobTechnicians', { jobId: id, userId: managerId, role: 'manager' });
    if (writer.pendingRows >= 5_000) await writer.flush();
  }
  await writer.flush();
  void first;
}
