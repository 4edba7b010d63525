import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReviewCount, ReviewNeighbours, ReviewNeighboursParams, ReviewQueuePage, ReviewQueueQuery } from '@contract';
import { listReviewQueue, reviewCount, reviewNeighbours } from './review-queue.repository';
import { consoleRead } from '../../plugins/route-access';

const tags = ['review'];

/**
 * The managers' review of returned jobs (issue 8), under /api/review: the queue, its count for the
 * navigation badge, and next/previous for keyboard reviewing. Validating and reopening are the jobs
 * API's own routes; correcting an answer and the report PDF are in review-jobs.routes.ts.
 */
export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/queue',
    consoleRead('review', {
      summary: 'Returned jobs waiting for review, oldest returned first (keyset pages)',
      tags,
      querystring: ReviewQueueQuery,
      response: { 200: ReviewQueuePage },
    }),
    async (request) => listReviewQueue(app.db, request.query),
  );

  app.get(
    '/count',
    { config: { access: ['review', 'read'] }, schema: { summary: 'How many returned jobs wait for review (the navigation badge), and how many have a take-back to check', tags, response: { 200: ReviewCount } } },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return reviewCount(app.db);
    },
  );

  app.get(
    '/neighbours/:number',
    consoleRead('review', {
      summary: 'The job numbers before and after this job in the review queue',
      tags,
      params: ReviewNeighboursParams,
      response: { 200: ReviewNeighbours },
    }),
    async (request) => reviewNeighbours(app.db, request.params.number),
  );
};
