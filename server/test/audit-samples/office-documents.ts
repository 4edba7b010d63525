import type { AuditSamples } from './probe';
import { sampleJob, TINY_PNG_DATA_URL } from './field-media';
import { multipartBody } from '../../src/modules/attachments/multipart-body';

/** How to call each mutating route of office-documents.routes.ts once, for the generated audit test. */

const tinyPng = () => Buffer.from(TINY_PNG_DATA_URL.slice(TINY_PNG_DATA_URL.indexOf(',') + 1), 'base64');

export const officeDocumentsAuditSamples: AuditSamples = {
  'POST /api/jobs/:id/attachments': async (probe) => {
    const jobId = await sampleJob(probe.db, 'scheduled');
    const { body, headers } = multipartBody({ description: 'Access plan' }, { name: 'plan.png', type: 'image/png', bytes: tinyPng() });
    return { url: `/api/jobs/${jobId}/attachments`, body, headers };
  },
  'DELETE /api/jobs/:id/attachments/:aid': async (probe) => {
    const jobId = await sampleJob(probe.db, 'scheduled');
    const admin = await probe.newUser('admin');
    const id = crypto.randomUUID();
    await probe.db
      .insertInto('attachments')
      .values({ id, jobId, kind: 'document', description: null, barcodeValue: null, barcodeFormat: null, fileName: 'plan.pdf', contentType: 'application/pdf', sizeBytes: 4, width: null, height: null, visibleToTechnician: 1, createdBy: admin.id, createdAt: new Date().toISOString() })
      .execute();
    await probe.db.insertInto('attachmentContents').values({ attachmentId: id, content: Buffer.from('%PDF'), thumbnail: null }).execute();
    return { url: `/api/jobs/${jobId}/attachments/${id}` };
  },
};
