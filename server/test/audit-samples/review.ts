import { forceTransitions } from '../../testing/job-rows';
import type { AuditProbe, AuditSamples } from './probe';

/**
 * How to call PUT /api/jobs/:id/answers/:fieldId once, for the generated audit test
 * (server/test/audit-coverage.test.ts): a returned job on a one-checkbox template. Tests only.
 */
async function returnedJob(probe: AuditProbe): Promise<{ id: string; version: number }> {
  const short = crypto.randomUUID().slice(0, 8);
  const customer = await probe.call<{ id: string; sites: { id: string }[] }>('POST', '/api/customers', {
    name: `Review customer ${short}`,
    sites: [{ name: 'Site', addressLine1: '1 rue du Test', postalCode: '75001', city: 'Paris', country: 'FR' }],
  });
  const definition = { families: [{ id: 'f', label: 'Checks', fields: [{ id: 'ok', type: 'checkbox', label: 'Done', mandatory: false }] }] };
  const template = await probe.call<{ id: string; version: number }>('POST', '/api/report-templates', { name: `Review ${short}`, draft: definition });
  await probe.call('POST', `/api/report-templates/${template.body.id}/publish`, {}, 'admin', { 'if-match': String(template.body.version) });
  const jobTypeId = crypto.randomUUID();
  await probe.db
    .insertInto('jobTypes')
    .values({ id: jobTypeId, code: `review_${short}`, nameEn: 'Review', nameFr: 'Revue', defaultTemplateId: null, isActive: 1, createdAt: new Date().toISOString() })
    .execute();
  const manager = await probe.newUser('technician');
  const job = await probe.call<{ id: string; version: number }>('POST', '/api/jobs', {
    customerId: customer.body.id,
    siteId: customer.body.sites[0]!.id,
    jobTypeId,
    templateId: template.body.id,
    managerId: manager.id,
    plannedStart: '2030-01-01T08:00:00.000Z',
    plannedEnd: '2030-01-01T10:00:00.000Z',
  });
  return { id: job.body.id, version: await forceTransitions(probe.db, job.body.id, ['start', 'end']) };
}

export const reviewAuditSamples: AuditSamples = {
  'PUT /api/jobs/:id/answers/:fieldId': async (probe) => {
    const job = await returnedJob(probe);
    return { url: `/api/jobs/${job.id}/answers/ok`, body: { value: true, reason: 'Seen on the photo' }, headers: { 'if-match': String(job.version) } };
  },
};
