import type { FastifyPluginAsync } from 'fastify';
import { attachmentsRoutes } from './attachments.routes';
import { officeDocumentsRoutes } from './office-documents.routes';

/** Files of jobs (issue 7), registered under /api: the console download and the office's documents of a job. */
export const attachmentsModule: FastifyPluginAsync = async (app) => {
  await app.register(attachmentsRoutes, { prefix: '/attachments' });
  await app.register(officeDocumentsRoutes, { prefix: '/jobs' });
};
