import type { FastifyPluginAsync } from 'fastify';
import { jobsListRoutes } from './jobs-list.routes';
import { jobsWriteRoutes } from './jobs-write.routes';

/** Jobs and dispatch (issue 6), registered under /api/jobs: reading (list, board, export) and changing them. */
export const jobsModule: FastifyPluginAsync = async (app) => {
  await app.register(jobsListRoutes);
  await app.register(jobsWriteRoutes);
};
