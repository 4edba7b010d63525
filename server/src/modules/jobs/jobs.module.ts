import type { FastifyPluginAsync } from 'fastify';
import { officeDocumentsRoutes } from '../attachments/office-documents.routes';
import { reviewJobsRoutes } from '../review/review-jobs.routes';
import { jobsListRoutes } from './jobs-list.routes';
import { jobsWriteRoutes } from './jobs-write.routes';

/** Jobs and dispatch (issue 6), registered under /api/jobs: reading (list, board, export) and changing them. */
export const jobsModule: FastifyPluginAsync = async (app) => {
  await app.register(jobsListRoutes);
  await app.register(jobsWriteRoutes);
  await app.register(officeDocumentsRoutes);
  await app.register(reviewJobsRoutes);
};
