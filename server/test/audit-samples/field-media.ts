import type { Kysely } from 'kysely';
import type { JobStatus } from '@contract';
import type { Database } from '../../src/db/database';
import type { AuditProbe, AuditSamples } from './probe';
import { multipartBody } from '../../src/modules/attachments/multipart-body';
import { auditSeq, insertAuditJob } from './sample-rows';

/**
 * How to call each mutating route of field-media.routes.ts once, for the generated audit test
 * (server/test/audit-coverage.test.ts). Run in tests only; the data is made on the spot.
 */

/** A 1×1 PNG: enough for a signature sample. */
export const TINY_PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A customer and a job in `status`, with `technicianId` (if any) as its manager, straight in the database. */
export async function sampleJob(db: Kysely<Database>, status: JobStatus, technicianId?: string): Promise<string> {
  const now = new Date().toISOString();
  const customerId = crypto.randomUUID();
  const seq = auditSeq();
  await db
    .insertInto('customers')
    .values({ id: customerId, code: `C-A${seq}`, name: 'Audit customer', searchName: 'audit customer', email: null, phone: null, notes: null, customFields: '{}', createdAt: now, updatedAt: now, version: 1 })
    .execute();
  return insertAuditJob(db, {
    status,
    customerId,
    managerId: technicianId ?? null,
    actualStart: status === 'started' ? now : null,
    seq,
    searchText: `j-a${seq} audit customer audit job`,
  });
}

/** A technician with a token, on a started job of theirs. */
async function technicianOnJob(probe: AuditProbe) {
  const technician = await probe.signedIn('technician');
  const jobId = await sampleJob(probe.db, 'started', technician.userId);
  return { jobId, userId: technician.userId, credentials: { ...technician.headers, 'idempotency-key': crypto.randomUUID() } };
}

export const fieldMediaAuditSamples: AuditSamples = {
  'POST /api/field/jobs/:id/attachments': async (probe) => {
    const { jobId, credentials } = await technicianOnJob(probe);
    const { body, headers } = multipartBody({ kind: 'barcode', value: '3560070048700', format: 'ean_13' });
    return { url: `/api/field/jobs/${jobId}/attachments`, body, credentials: { ...credentials, ...headers } };
  },
  'DELETE /api/field/jobs/:id/attachments/:aid': async (probe) => {
    const { jobId, userId, credentials } = await technicianOnJob(probe);
    const id = crypto.randomUUID();
    await probe.db
      .insertInto('attachments')
      .values({ id, jobId, kind: 'barcode', description: null, barcodeValue: 'AUDIT-1', barcodeFormat: null, fileName: null, contentType: null, sizeBytes: null, width: null, height: null, visibleToTechnician: 1, createdBy: userId, createdAt: new Date().toISOString() })
      .execute();
    return { url: `/api/field/jobs/${jobId}/attachments/${id}`, credentials };
  },
  'PUT /api/field/jobs/:id/signatures/:signer': async (probe) => {
    const { jobId, credentials } = await technicianOnJob(probe);
    return { url: `/api/field/jobs/${jobId}/signatures/customer`, body: { signerName: 'Élise Martin', image: TINY_PNG_DATA_URL }, credentials };
  },
  'DELETE /api/field/jobs/:id/signatures/:signer': async (probe) => {
    const { jobId, userId, credentials } = await technicianOnJob(probe);
    await probe.db
      .insertInto('signatures')
      .values({ id: crypto.randomUUID(), jobId, signer: 'technician', signerName: 'Audit technician', image: TINY_PNG_DATA_URL, signedBy: userId, signedAt: new Date().toISOString() })
      .execute();
    return { url: `/api/field/jobs/${jobId}/signatures/technician`, credentials };
  },
};
