import type { JobStatus } from '@contract';
import type { AuditProbe, AuditSampleRequest, AuditSamples } from './probe';
import { readSettings, writeSettings } from '../../src/modules/settings/settings.repository';
import { insertAuditJob } from './sample-rows';

/**
 * How to call each mutating route of the technician jobs API once, for the generated audit test
 * (server/test/audit-coverage.test.ts). Run in tests only; the data is made on the spot.
 */

const now = () => new Date().toISOString();
const SAMPLE_DEFINITION = {
  families: [
    {
      id: 'fam',
      label: 'Checks',
      fields: [
        { id: 'pressure', type: 'number', label: 'Pressure', mandatory: true, commentsAllowed: true, reservesAllowed: true },
        { id: 'notes', type: 'text', label: 'Notes', mandatory: false, commentsAllowed: true, reservesAllowed: true },
      ],
    },
  ],
};

interface SampleJob {
  jobId: string;
  userId: string;
  customerId: string;
  siteId: string;
  /** The technician's token and a fresh Idempotency-Key. */
  request: (url: string, body?: unknown) => AuditSampleRequest;
}

async function sampleCustomer(probe: AuditProbe): Promise<{ customerId: string; siteId: string }> {
  const customerId = crypto.randomUUID();
  const siteId = crypto.randomUUID();
  await probe.db
    .insertInto('customers')
    .values({ id: customerId, code: `C-A${customerId.slice(0, 6)}`, name: 'Audit customer', searchName: 'audit customer', email: null, phone: null, notes: null, customFields: '{}', createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  await probe.db
    .insertInto('sites')
    .values({ id: siteId, customerId, name: 'Audit site', addressLine1: '1 rue Audit', addressLine2: null, postalCode: '75001', city: 'Paris', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: now(), updatedAt: now() })
    .execute();
  return { customerId, siteId };
}

/** A job of a fresh technician (its manager) on a one-family published template. */
async function sampleJob(probe: AuditProbe, status: JobStatus, answers: Record<string, unknown> = {}): Promise<SampleJob> {
  const technician = await probe.signedIn('technician');
  const { customerId, siteId } = await sampleCustomer(probe);
  const templateId = crypto.randomUUID();
  const definition = JSON.stringify(SAMPLE_DEFINITION);
  await probe.db
    .insertInto('reportTemplates')
    .values({ id: templateId, name: 'Audit template', description: null, status: 'published', draft: definition, currentVersion: 1, createdBy: null, updatedBy: null, createdAt: now(), updatedAt: now(), version: 1 })
    .execute();
  await probe.db
    .insertInto('reportTemplateVersions')
    .values({ id: crypto.randomUUID(), templateId, versionNumber: 1, name: 'Audit template', definition, publishedBy: null, publishedAt: now() })
    .execute();
  const jobId = await insertAuditJob(probe.db, {
    status,
    customerId,
    siteId,
    templateId,
    templateVersion: 1,
    managerId: technician.userId,
    plannedStart: now(),
    actualStart: ['started', 'paused'].includes(status) ? now() : null,
  });
  for (const [fieldId, value] of Object.entries(answers)) {
    await probe.db
      .insertInto('reportAnswers')
      .values({ id: crypto.randomUUID(), jobId, fieldId, value: JSON.stringify(value), comment: null, answeredBy: technician.userId, answeredAt: now(), version: 1 })
      .execute();
  }
  return {
    jobId,
    userId: technician.userId,
    customerId,
    siteId,
    request: (url, body) => ({ url, body, credentials: technician.headers, headers: { 'idempotency-key': crypto.randomUUID() } }),
  };
}

async function sampleReserve(probe: AuditProbe): Promise<AuditSampleRequest> {
  const job = await sampleJob(probe, 'started');
  const reserveId = crypto.randomUUID();
  await probe.db
    .insertInto('reserves')
    .values({ id: reserveId, jobId: job.jobId, customerId: job.customerId, templateId: null, fieldId: 'pressure', fieldLabel: 'Pressure', familyLabel: 'Checks', status: 'unresolved', description: 'Low pressure', raisedBy: job.userId, raisedAt: now(), assigneeId: null, followUpJobId: null, resolvedAt: null, updatedAt: now(), version: 1 })
    .execute();
  return job.request(`/api/field/jobs/${job.jobId}/reserves/${reserveId}`, { status: 'resolved' });
}

async function enableJobCreation(probe: AuditProbe): Promise<void> {
  const { version, ...settings } = await readSettings(probe.db);
  if (!settings.technicianJobCreation) await writeSettings(probe.db, { ...settings, technicianJobCreation: true }, version, null);
}

export const fieldAuditSamples: AuditSamples = {
  'POST /api/field/jobs/:id/received': async (p) => lifecycle(await sampleJob(p, 'scheduled'), 'received'),
  'POST /api/field/jobs/:id/start': async (p) => lifecycle(await sampleJob(p, 'scheduled'), 'start'),
  'POST /api/field/jobs/:id/pause': async (p) => lifecycle(await sampleJob(p, 'started'), 'pause'),
  'POST /api/field/jobs/:id/resume': async (p) => lifecycle(await sampleJob(p, 'paused'), 'resume'),
  'POST /api/field/jobs/:id/end': async (p) => lifecycle(await sampleJob(p, 'started', { pressure: 2 }), 'end'),
  'POST /api/field/jobs/:id/decline': async (p) => {
    const job = await sampleJob(p, 'scheduled');
    return job.request(`/api/field/jobs/${job.jobId}/decline`, { reason: 'Van broken down' });
  },
  'PUT /api/field/jobs/:id/answers/:fieldId': async (p) => answer(await sampleJob(p, 'started'), 'pressure', { value: 3 }),
  'DELETE /api/field/jobs/:id/answers/:fieldId': async (p) => answer(await sampleJob(p, 'started', { notes: 'To clear' }), 'notes'),
  'POST /api/field/jobs/:id/reserves': async (p) => {
    const job = await sampleJob(p, 'started');
    return job.request(`/api/field/jobs/${job.jobId}/reserves`, { fieldId: 'pressure', status: 'unresolved', description: 'Pressure too low' });
  },
  'PATCH /api/field/jobs/:id/reserves/:rid': sampleReserve,
  'POST /api/field/jobs': async (p) => {
    await enableJobCreation(p);
    const technician = await p.signedIn('technician');
    const { customerId, siteId } = await sampleCustomer(p);
    return {
      url: '/api/field/jobs',
      body: { customerId, siteId, description: 'Created in the app' },
      credentials: technician.headers,
      headers: { 'idempotency-key': crypto.randomUUID() },
    };
  },
  'POST /api/field/jobs/:id/duplicate': async (p) => {
    await enableJobCreation(p);
    const job = await sampleJob(p, 'scheduled');
    return job.request(`/api/field/jobs/${job.jobId}/duplicate`, {});
  },
};

function lifecycle(job: SampleJob, action: string): AuditSampleRequest {
  return job.request(`/api/field/jobs/${job.jobId}/${action}`);
}

function answer(job: SampleJob, fieldId: string, body?: unknown): AuditSampleRequest {
  return job.request(`/api/field/jobs/${job.jobId}/answers/${fieldId}`, body);
}
