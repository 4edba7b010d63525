import type { FastifyPluginAsync } from 'fastify';
import { reviewJobsRoutes } from './review-jobs.routes';
import { reviewRoutes } from './review.routes';

/** The review of returned jobs (issue 8), registered under /api: the queue, and a job's corrections and PDF. */
export const reviewModule: FastifyPluginAsync = async (app) => {
  await app.register(reviewRoutes, { prefix: '/review' });
  await app.register(reviewJobsRoutes, { prefix: '/jobs' });
};
