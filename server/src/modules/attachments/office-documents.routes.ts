import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Documents and photos the office adds to a job for the technician: /api/jobs/:id/attachments. */
export const officeDocumentsRoutes: FastifyPluginAsyncZod = async () => {};
