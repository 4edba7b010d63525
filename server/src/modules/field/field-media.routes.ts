import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttachmentDownloadQuery, Id, JobAttachment, JobAttachmentParam, JobSignature, SignatureInput, SignerParam } from '@contract';
import { actorOf, type Actor } from '../../plugins/audit';
import { TECHNICIAN, technicianRead, technicianWrite } from '../../plugins/route-access';
import { sendAttachment, readUpload, registerUploads, type UploadBody } from '../attachments';
import { addFieldAttachment, assertOnJob, attachmentOfJob, deleteFieldAttachment } from './field-attachments.service';
import { clearSignature, putSignature } from './field-signatures.service';

const JobParam = z.strictObject({ id: Id });

/** Photos, barcode readings and signatures from the technician app: /api/field/jobs/:id/… */
export const fieldMediaRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerUploads(app);

  app.post(
    '/jobs/:id/attachments',
    {
      config: { roles: TECHNICIAN, idempotent: 'required', audit: 'job' },
      preValidation: readUpload,
      schema: {
        summary:
          'Add a photo (multipart: kind=photo, description?, one file part; JPEG/PNG/WebP checked by content, at most 15 MB, ' +
          'stored without metadata, with a thumbnail) or a barcode reading (kind=barcode, value, format?, description?)',
        tags: ['field'],
        consumes: ['multipart/form-data'],
        params: JobParam,
        response: { 201: JobAttachment },
      },
    },
    async (request, reply) => {
      const created = await addFieldAttachment(app.db, request.params.id, caller(request), request.body as UploadBody);
      return reply.code(201).header('location', `/api/field/jobs/${request.params.id}/attachments/${created.id}`).send(created);
    },
  );

  app.get(
    '/jobs/:id/attachments/:aid',
    technicianRead({
      summary: 'Download a photo or document of the job (`?variant=thumbnail` for a thumbnail)',
      tags: ['field'],
      params: JobAttachmentParam,
      querystring: AttachmentDownloadQuery,
      produces: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    }),
    async (request, reply) => {
      await assertOnJob(app.db, request.params.id, caller(request).id);
      const attachment = await attachmentOfJob(app.db, request.params.id, request.params.aid);
      return sendAttachment(app.db, reply, attachment, request.query.variant);
    },
  );

  app.delete(
    '/jobs/:id/attachments/:aid',
    technicianWrite('job', { summary: 'Delete a photo or barcode reading (not the office’s documents)', tags: ['field'], params: JobAttachmentParam }),
    async (request, reply) => {
      await deleteFieldAttachment(app.db, request.params.id, request.params.aid, caller(request));
      return reply.code(204).send();
    },
  );

  app.put(
    '/jobs/:id/signatures/:signer',
    technicianWrite('job', {
      summary: 'Sign for the customer or the technician (PNG data URL, checked by content); signing again replaces the signature',
      tags: ['field'],
      params: SignerParam,
      body: SignatureInput,
      response: { 200: JobSignature },
    }),
    async (request) => putSignature(app.db, request.params.id, request.params.signer, request.body, caller(request)),
  );

  app.delete(
    '/jobs/:id/signatures/:signer',
    technicianWrite('job', { summary: 'Clear a signature', tags: ['field'], params: SignerParam }),
    async (request, reply) => {
      await clearSignature(app.db, request.params.id, request.params.signer, caller(request));
      return reply.code(204).send();
    },
  );
};

/** The technician of the request (the auth hook guarantees one on these routes). */
function caller(request: FastifyRequest): Actor {
  return actorOf(request)!;
}
