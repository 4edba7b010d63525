import type { FastifyPluginAsync } from 'fastify';
import { reviewJobsRoutes } from './review-jobs.routes';
import { reviewRoutes } from './review.routes';
import { reviewTakeBacksRoutes } from './review-take-backs.routes';

/** The review of returned jobs (issue 8), registered under /api: the queue, a job's corrections and PDF, and the settling of take-backs recorded elsewhere. */
export const reviewModule: FastifyPluginAsync = async (app) => {
  await app.register(reviewRoutes, { prefix: '/review' });
  await app.register(reviewJobsRoutes, { prefix: '/jobs' });
  await app.register(reviewTakeBacksRoutes, { prefix: '/take-backs' });
};
