import type { AuditProbe, AuditSamples } from './probe';
import { forceTransitions } from '../../testing/job-rows';

/**
 * How to call each mutating route of /api/jobs once, for the generated audit test
 * (server/test/audit-coverage.test.ts). Run in tests only; the data is made on the spot.
 */

const short = () => crypto.randomUUID().slice(0, 8);
const hours = (n: number) => new Date(Date.UTC(2030, 0, 1, 8 + n)).toISOString();

interface SampleJob {
  id: string;
  version: number;
}

/** A job body with everything it refers to: customer, site, contact, job type, published template, technician. */
async function jobBody(probe: AuditProbe, planned: boolean) {
  const customer = await probe.call<{ id: string; sites: { id: string }[]; contacts: { id: string }[] }>('POST', '/api/customers', {
    name: `Audit customer ${short()}`,
    sites: [{ name: 'Site', addressLine1: '1 rue du Test', postalCode: '75001', city: 'Paris', country: 'FR' }],
    contacts: [{ name: 'Audit contact' }],
  });
  const definition = { families: [{ id: 'f', label: 'Checks', fields: [{ id: 'ok', type: 'checkbox', label: 'Done', mandatory: false }] }] };
  const template = await probe.call<{ id: string; version: number }>('POST', '/api/report-templates', { name: `Audit ${short()}`, draft: definition });
  await probe.call('POST', `/api/report-templates/${template.body.id}/publish`, {}, 'admin', { 'if-match': String(template.body.version) });
  const jobTypeId = crypto.randomUUID();
  await probe.db
    .insertInto('jobTypes')
    .values({ id: jobTypeId, code: `audit_${short()}`, nameEn: 'Audit', nameFr: 'Audit', defaultTemplateId: null, isActive: 1, createdAt: new Date().toISOString() })
    .execute();
  const manager = planned ? (await probe.newUser('technician')).id : null;
  return {
    customerId: customer.body.id,
    siteId: customer.body.sites[0]!.id,
    contactId: customer.body.contacts[0]!.id,
    description: 'Audit job',
    jobTypeId,
    templateId: template.body.id,
    managerId: manager,
    plannedStart: planned ? hours(0) : null,
    plannedEnd: planned ? hours(2) : null,
  };
}

async function sampleJob(probe: AuditProbe, options: { planned?: boolean; schedule?: 'draft' | 'scheduled' } = {}): Promise<SampleJob> {
  const body = { ...(await jobBody(probe, options.planned ?? true)), schedule: options.schedule ?? 'scheduled' };
  return (await probe.call<SampleJob>('POST', '/api/jobs', body)).body;
}

/** A job its technicians finished (the field steps go straight through the state machine). */
async function completedJob(probe: AuditProbe): Promise<SampleJob> {
  const job = await sampleJob(probe);
  return { id: job.id, version: await forceTransitions(probe.db, job.id, ['start', 'end']) };
}

const ifMatch = (job: SampleJob) => ({ 'if-match': String(job.version) });

export const jobAuditSamples: AuditSamples = {
  'POST /api/jobs': async (probe) => ({ url: '/api/jobs', body: await jobBody(probe, true) }),
  'PATCH /api/jobs/:id': async (probe) => {
    const job = await sampleJob(probe);
    return { url: `/api/jobs/${job.id}`, body: { description: 'Changed by the audit sample' }, headers: ifMatch(job) };
  },
  'POST /api/jobs/:id/duplicate': async (probe) => ({ url: `/api/jobs/${(await sampleJob(probe)).id}/duplicate` }),
  'POST /api/jobs/:id/schedule': async (probe) => {
    const job = await sampleJob(probe, { schedule: 'draft' });
    return { url: `/api/jobs/${job.id}/schedule`, body: {}, headers: ifMatch(job) };
  },
  'POST /api/jobs/:id/reschedule': async (probe) => {
    const job = await sampleJob(probe);
    return { url: `/api/jobs/${job.id}/reschedule`, body: { plannedStart: hours(24), plannedEnd: hours(26) }, headers: ifMatch(job) };
  },
  'POST /api/jobs/:id/cancel': async (probe) => {
    const job = await sampleJob(probe);
    return { url: `/api/jobs/${job.id}/cancel`, body: { reason: 'Customer called off' }, headers: ifMatch(job) };
  },
  'POST /api/jobs/:id/online-view/revoke': async (probe) => {
    const job = await sampleJob(probe);
    return { url: `/api/jobs/${job.id}/online-view/revoke`, body: {} };
  },
  'POST /api/jobs/:id/online-view/reissue': async (probe) => {
    const job = await sampleJob(probe);
    return { url: `/api/jobs/${job.id}/online-view/reissue`, body: {} };
  },
  'POST /api/jobs/:id/validate': async (probe) => {
    const job = await completedJob(probe);
    return { url: `/api/jobs/${job.id}/validate`, body: {}, headers: ifMatch(job) };
  },
  'POST /api/jobs/:id/reopen': async (probe) => {
    const job = await completedJob(probe);
    return { url: `/api/jobs/${job.id}/reopen`, body: { reason: 'The photo is missing' }, headers: ifMatch(job) };
  },
};
