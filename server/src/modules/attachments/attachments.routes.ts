import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AttachmentDownloadQuery } from '@contract';
import { notFound } from '../../shared/errors';
import { sendAttachment } from './attachment-download';
import { findAttachment } from './attachments.repository';
import { consoleRead, IdParams } from '../../plugins/route-access';

/** Files of jobs (technicians' photos, office documents) for the console: /api/attachments. */
export const attachmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id',
    consoleRead('jobs', {
      summary: 'Download a job attachment (`?variant=thumbnail` for a photo thumbnail), served as an attachment',
      tags: ['attachments'],
      params: IdParams,
      querystring: AttachmentDownloadQuery,
      produces: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
    }),
    async (request, reply) => {
      const attachment = await findAttachment(app.db, request.params.id);
      if (!attachment) throw notFound('This attachment');
      return sendAttachment(app.db, reply, attachment, request.query.variant);
    },
  );
};
