import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, JobAttachment, JobAttachmentParam } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleWrite } from '../../plugins/route-access';
import { readUpload, registerUploads, type UploadBody } from './multipart-upload';
import { addOfficeDocument, deleteOfficeDocument } from './office-documents.service';

const JobParam = z.strictObject({ id: Id });

/** Documents and photos the office adds to a job for the technician: /api/jobs/:id/attachments. */
export const officeDocumentsRoutes: FastifyPluginAsyncZod = async (app) => {
  await registerUploads(app);

  app.post(
    '/:id/attachments',
    {
      config: { access: ['jobs', 'write'], idempotent: 'optional', audit: 'job' },
      preValidation: readUpload,
      schema: {
        summary:
          'Add a document for the technicians (multipart: one file part — a PDF, or a JPEG/PNG/WebP photo checked by content, ' +
          'at most 15 MB — and description?), while the job is not closed',
        tags: ['jobs'],
        consumes: ['multipart/form-data'],
        params: JobParam,
        response: { 201: JobAttachment },
      },
    },
    async (request, reply) => {
      const created = await addOfficeDocument(app.db, request.params.id, actorOf(request)!, request.body as UploadBody);
      return reply.code(201).header('location', `/api/attachments/${created.id}`).send(created);
    },
  );

  app.delete(
    '/:id/attachments/:aid',
    consoleWrite('jobs', 'job', { summary: 'Delete a document the office added (not the technicians’ photos)', tags: ['jobs'], params: JobAttachmentParam }),
    async (request, reply) => {
      await deleteOfficeDocument(app.db, request.params.id, request.params.aid, actorOf(request)!);
      return reply.code(204).send();
    },
  );
};
