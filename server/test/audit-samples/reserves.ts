import type { AuditProbe, AuditSamples } from './probe';

/**
 * How to call each mutating route of /api/reserves once, for the generated audit test
 * (server/test/audit-coverage.test.ts). Run in tests only; the data is made on the spot.
 */

const short = () => crypto.randomUUID().slice(0, 8);

/** A job with one unresolved reserve raised by a technician (written straight: no route raises it from the console). */
async function sampleReserve(probe: AuditProbe): Promise<{ id: string; version: number }> {
  const customer = await probe.call<{ id: string; sites: { id: string }[] }>('POST', '/api/customers', {
    name: `Audit customer ${short()}`,
    sites: [{ name: 'Site', addressLine1: '1 rue du Test', postalCode: '75001', city: 'Paris', country: 'FR' }],
  });
  const jobTypeId = crypto.randomUUID();
  await probe.db
    .insertInto('jobTypes')
    .values({ id: jobTypeId, code: `audit_${short()}`, nameEn: 'Audit', nameFr: 'Audit', defaultTemplateId: null, isActive: 1, createdAt: new Date().toISOString() })
    .execute();
  const job = await probe.call<{ id: string }>('POST', '/api/jobs', { customerId: customer.body.id, siteId: customer.body.sites[0]!.id, jobTypeId });
  const technician = await probe.newUser('technician');
  const id = crypto.randomUUID();
  const at = new Date().toISOString();
  await probe.db
    .insertInto('reserves')
    .values({
      id,
      jobId: job.body.id,
      customerId: customer.body.id,
      templateId: null,
      fieldId: 'leak',
      fieldLabel: 'Leak found?',
      familyLabel: 'Checks',
      status: 'unresolved',
      description: 'Audit reserve',
      raisedBy: technician.id,
      raisedAt: at,
      assigneeId: null,
      followUpJobId: null,
      resolvedAt: null,
      updatedAt: at,
      version: 1,
    })
    .execute();
  return { id, version: 1 };
}

export const reserveAuditSamples: AuditSamples = {
  'PATCH /api/reserves/:id': async (probe) => {
    const reserve = await sampleReserve(probe);
    return { url: `/api/reserves/${reserve.id}`, body: { status: 'resolved', comment: 'Fixed' }, headers: { 'if-match': String(reserve.version) } };
  },
  'POST /api/reserves/bulk': async (probe) => ({ url: '/api/reserves/bulk', body: { ids: [(await sampleReserve(probe)).id], status: 'compliant' } }),
  'POST /api/reserves/:id/follow-up-job': async (probe) => ({ url: `/api/reserves/${(await sampleReserve(probe)).id}/follow-up-job`, body: {} }),
};
