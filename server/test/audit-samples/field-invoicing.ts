import type { AuditProbe, AuditSampleRequest, AuditSamples } from './probe';
import { jobRow } from '../helpers/job-rows';

/**
 * How to call each write of the technician's parts and take-backs once, for the generated audit
 * test (server/test/audit-coverage.test.ts): a fresh technician with a van, on a started job of a
 * customer who has one unit installed. Run in tests only; the data is made on the spot.
 */

const now = () => new Date().toISOString();
const short = () => crypto.randomUUID().slice(0, 8).toUpperCase();

interface SampleJob {
  jobId: string;
  customerId: string;
  itemId: string;
  installedSerial: string;
  technicianId: string;
  headers: Record<string, string>;
}

async function startedJob(probe: AuditProbe): Promise<SampleJob> {
  const db = probe.db;
  const tech = await probe.signedIn('technician');
  const [familyId, itemId, customerId, siteId, jobId] = Array.from({ length: 5 }, () => crypto.randomUUID());
  await db.insertInto('depots').values({ id: crypto.randomUUID(), name: 'Audit van', kind: 'van', ownerId: tech.userId, createdAt: now(), version: 1 }).execute();
  await db.insertInto('catalogFamilies').values({ id: familyId, name: `Audit ${short()}`, sortOrder: 0, createdAt: now(), updatedAt: now(), version: 1 }).execute();
  await db
    .insertInto('catalogItems')
    .values({ id: itemId, familyId, kind: 'part', reference: `AUD-${short()}`, name: 'Audit boiler', searchName: 'audit boiler', description: null, unit: 'unit', unitPriceCents: 1000, taxRateBp: 2000, isSerialized: 1, isStockTracked: 1, isActive: 1, createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  await db
    .insertInto('customers')
    .values({ id: customerId, code: `C-A${short()}`, name: 'Audit customer', searchName: 'audit customer', email: null, phone: null, notes: null, customFields: '{}', createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  await db
    .insertInto('sites')
    .values({ id: siteId, customerId, name: 'Site', addressLine1: '1 rue', addressLine2: null, postalCode: '75001', city: 'Paris', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: now(), updatedAt: now() })
    .execute();
  const seq = Math.floor(Math.random() * 1_000_000_000);
  await db
    .insertInto('jobs')
    .values(jobRow({ id: jobId, number: `J-A${seq}`, seq, status: 'started', customerId, siteId, managerId: tech.userId }))
    .execute();
  await db.insertInto('jobTechnicians').values({ jobId, userId: tech.userId, role: 'manager' }).execute();
  const installedSerial = `AUD-${short()}`;
  await db
    .insertInto('serialUnits')
    .values({ id: crypto.randomUUID(), itemId, serial: installedSerial, status: 'installed', depotId: null, customerId, siteId, lastJobId: null, createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  return { jobId, customerId, itemId, installedSerial, technicianId: tech.userId, headers: tech.headers };
}

/** A labour line (a service: no van stock, no serial). */
async function aServiceLine(probe: AuditProbe, job: SampleJob): Promise<string> {
  const serviceId = crypto.randomUUID();
  const family = await probe.db.selectFrom('catalogItems').select('familyId').where('id', '=', job.itemId).executeTakeFirstOrThrow();
  await probe.db
    .insertInto('catalogItems')
    .values({ id: serviceId, familyId: family.familyId, kind: 'service', reference: `LAB-${short()}`, name: 'Audit labour', searchName: 'audit labour', description: null, unit: 'hour', unitPriceCents: 5000, taxRateBp: 2000, isSerialized: 0, isStockTracked: 0, isActive: 1, createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  return serviceId;
}

async function aTakeBack(probe: AuditProbe, job: SampleJob): Promise<string> {
  const id = crypto.randomUUID();
  await probe.db
    .insertInto('takeBacks')
    .values({ id, jobId: job.jobId, serial: job.installedSerial, serialUnitId: null, itemId: job.itemId, status: 'ok', wasFound: 1, createdBy: job.technicianId, createdAt: now(), updatedAt: now() })
    .execute();
  return id;
}

/** A take-back of a serial the record puts at another customer: flagged for the office (issue 14 §1). */
async function aTakeBackRecordedElsewhere(probe: AuditProbe, job: SampleJob): Promise<string> {
  const id = crypto.randomUUID();
  const serial = `AUD-${short()}`;
  const unitId = crypto.randomUUID();
  await probe.db
    .insertInto('serialUnits')
    .values({ id: unitId, itemId: job.itemId, serial, status: 'installed', depotId: null, customerId: null, siteId: null, lastJobId: null, createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  await probe.db
    .insertInto('takeBacks')
    .values({ id, jobId: job.jobId, serial, serialUnitId: unitId, itemId: job.itemId, status: 'ok', wasFound: 0, recordedPlace: 'another_customer', createdBy: job.technicianId, createdAt: now(), updatedAt: now() })
    .execute();
  return id;
}

const request = (job: SampleJob, url: string, body?: unknown): AuditSampleRequest => ({
  url: `/api/field/jobs/${job.jobId}${url}`,
  body,
  credentials: { ...job.headers, 'idempotency-key': crypto.randomUUID() },
});

export const fieldInvoicingAuditSamples: AuditSamples = {
  'POST /api/field/jobs/:id/items': async (probe) => {
    const job = await startedJob(probe);
    return request(job, '/items', { itemId: await aServiceLine(probe, job), quantity: 1.5 });
  },
  'PATCH /api/field/jobs/:id/items/:lineId': async (probe) => {
    const job = await startedJob(probe);
    const added = await probe.call<{ line: { id: string } }>('POST', `/api/field/jobs/${job.jobId}/items`, { itemId: await aServiceLine(probe, job), quantity: 1 }, 'technician', request(job, '').credentials);
    return request(job, `/items/${added.body.line.id}`, { quantity: 2 });
  },
  'DELETE /api/field/jobs/:id/items/:lineId': async (probe) => {
    const job = await startedJob(probe);
    const added = await probe.call<{ line: { id: string } }>('POST', `/api/field/jobs/${job.jobId}/items`, { itemId: await aServiceLine(probe, job), quantity: 1 }, 'technician', request(job, '').credentials);
    return request(job, `/items/${added.body.line.id}`);
  },
  'POST /api/field/jobs/:id/take-backs': async (probe) => {
    const job = await startedJob(probe);
    return request(job, '/take-backs', { serial: job.installedSerial, itemId: job.itemId, status: 'needs_repair' });
  },
  'PATCH /api/field/jobs/:id/take-backs/:tid': async (probe) => {
    const job = await startedJob(probe);
    return request(job, `/take-backs/${await aTakeBack(probe, job)}`, { status: 'obsolete' });
  },
  'DELETE /api/field/jobs/:id/take-backs/:tid': async (probe) => {
    const job = await startedJob(probe);
    return request(job, `/take-backs/${await aTakeBack(probe, job)}`);
  },
  /** The office confirms the move while the job runs: one row (the unit moves, audited on its own, when the job ends). */
  'POST /api/take-backs/:id/resolution': async (probe) => {
    const takeBackId = await aTakeBackRecordedElsewhere(probe, await startedJob(probe));
    return { url: `/api/take-backs/${takeBackId}/resolution`, body: { resolution: 'confirm' } };
  },
};
