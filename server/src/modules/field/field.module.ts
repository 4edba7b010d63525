import type { FastifyPluginAsync } from 'fastify';
import { fieldInvoicingRoutes } from './field-invoicing.routes';
import { fieldJobsRoutes } from './field-jobs.routes';
import { fieldMediaRoutes } from './field-media.routes';

/** The technician API (issue 7), under /api/field: bearer token, technicians only, their own jobs only. */
export const fieldModule: FastifyPluginAsync = async (app) => {
  await app.register(fieldJobsRoutes);
  await app.register(fieldInvoicingRoutes);
  await app.register(fieldMediaRoutes);
};
